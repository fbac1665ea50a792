/// How the resolver picks one link among several of a link type: by what the request accepts
/// (its `Accept` media type, then its `Accept-Language`), else the first link.
public enum LinkChoice {
    /// The kinds of target a request may prefer, from its `Accept` header.
    public enum Media: String, CaseIterable, Sendable {
        case html
        case jsonld
        case jwt

        /// The media kind of a link's `type`, none for other types.
        init?(linkType type: String) {
            switch type {
            case "text/html": self = .html
            case "application/ld+json": self = .jsonld
            case "application/vc+jwt": self = .jwt
            default: return nil
            }
        }
    }

    /// The link of `links` a request preferring `media` in `language` gets: the one of that media
    /// kind and language, else of that media kind, else in that language, else the first; ties go to the first.
    public static func choose(_ links: [Linkset.Link], media: Media, language: String) -> Linkset.Link? {
        var best: (link: Linkset.Link, score: Int)?
        for link in links {
            let score = (Media(linkType: link.type) == media ? 2 : 0) + (link.hreflang.contains(language) ? 1 : 0)
            if score > (best?.score ?? -1) { best = (link, score) }
        }
        return best?.link
    }
}
