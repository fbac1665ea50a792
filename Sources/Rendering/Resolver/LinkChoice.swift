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

    /// The links of one type as a choice reads them: each link's media kind and languages, read
    /// once however many requests are answered from them.
    public struct Candidates: Sendable {
        private let media: [Media?]
        private let languages: [[String]]

        public init(_ links: [Linkset.Link]) {
            media = links.map { Media(linkType: $0.type) }
            languages = links.map(\.hreflang)
        }

        /// The index of the link a request preferring `media` in `language` gets: the one of that
        /// media kind and language, else of that media kind, else in that language, else the
        /// first; ties go to the first. None when there are no links.
        public func choice(media: Media, language: String) -> Int? {
            var best: (index: Int, score: Int)?
            for index in self.media.indices {
                let score = (self.media[index] == media ? 2 : 0) + (languages[index].contains(language) ? 1 : 0)
                if score > (best?.score ?? -1) { best = (index, score) }
            }
            return best?.index
        }
    }
}
