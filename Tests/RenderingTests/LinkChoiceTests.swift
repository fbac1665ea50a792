import Rendering
import Testing

/// Which link a request gets among several of one type: media kind first, then language, then the first.
@Suite struct LinkChoiceTests {
    static let english = Linkset.Link(href: "https://x.example/en", title: "en", hreflang: ["en"], type: "text/html")
    static let mongolian = Linkset.Link(href: "https://x.example/mn", title: "mn", hreflang: ["mn"], type: "text/html")
    static let jsonLD = Linkset.Link(href: "https://x.example/p.jsonld", title: "p", type: "application/ld+json")
    static let links = [english, mongolian, jsonLD]

    /// The link of `links` a request preferring `media` in `language` gets.
    static func choose(_ links: [Linkset.Link], media: LinkChoice.Media, language: String) -> Linkset.Link? {
        LinkChoice.Candidates(links).choice(media: media, language: language).map { links[$0] }
    }

    @Test func theMediaKindComesBeforeTheLanguage() {
        #expect(Self.choose(Self.links, media: .html, language: "mn") == Self.mongolian)
        #expect(Self.choose(Self.links, media: .jsonld, language: "mn") == Self.jsonLD)
    }

    @Test func withoutAMatchTheLanguageThenTheFirstLinkWins() {
        // No vc+jwt link: the page in the language asked for, else the first.
        #expect(Self.choose(Self.links, media: .jwt, language: "mn") == Self.mongolian)
        #expect(Self.choose(Self.links, media: .jwt, language: "ja") == Self.english)
        #expect(Self.choose(Self.links, media: .html, language: "ja") == Self.english)
        #expect(Self.choose([], media: .html, language: "en") == nil)
    }

    @Test func linkTypesAreWrittenInTheFormsBothLinksetSchemasAccept() {
        #expect(LinkType.pip.relation == "https://ref.gs1.org/voc/pip")
        #expect(LinkType.pip.curie == "gs1:pip")
        #expect(LinkType.untpDPP.relation == "dpp")
        #expect(LinkType.untpDFR.curie == "untp:dfr")
    }
}
