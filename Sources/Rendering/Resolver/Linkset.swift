import JSONCore

/// An RFC 9264 linkset (`application/linkset+json`): for each identified thing (its anchor),
/// the typed links the resolver offers, in the form GS1's and UNTP's linkset schemas describe.
public struct Linkset: Sendable, Hashable {
    /// One link: its target, a title for people, and what the target is (media type, languages).
    public struct Link: Sendable, Hashable {
        public var href: String
        public var title: String
        /// ISO 639-1 codes; empty when the target is not in a human language.
        public var hreflang: [String]
        public var type: String

        public init(href: String, title: String, hreflang: [String] = [], type: String) {
            self.href = href
            self.title = title
            self.hreflang = hreflang
            self.type = type
        }

        var json: JSONValue {
            var members: [(String, JSONValue)] = [("href", .string(href)), ("title", .string(title))]
            if !hreflang.isEmpty { members.append(("hreflang", .array(hreflang.map(JSONValue.string)))) }
            members.append(("type", .string(type)))
            return .object(JSONObject(members))
        }
    }

    /// The links of one identified thing, by link type.
    public struct Context: Sendable, Hashable {
        /// The uncompressed Digital Link URI of the thing, at the site's base URL.
        public var anchor: String
        public var itemDescription: String
        public var links: [LinkType: [Link]]

        public init(anchor: String, itemDescription: String, links: [LinkType: [Link]]) {
            self.anchor = anchor
            self.itemDescription = itemDescription
            self.links = links.filter { !$0.value.isEmpty }
        }

        /// The links of `type`, none when the thing has no such link.
        public func links(_ type: LinkType) -> [Link] { links[type] ?? [] }

        var json: JSONValue {
            var members: [(String, JSONValue)] = [("anchor", .string(anchor)), ("itemDescription", .string(itemDescription))]
            for type in LinkType.allCases {
                if let links = links[type] { members.append((type.relation, .array(links.map(\.json)))) }
            }
            return .object(JSONObject(members))
        }
    }

    /// The thing asked about first, then each level above it up to the primary key (GS1 Resolver 1.2).
    public var contexts: [Context]

    public init(contexts: [Context]) {
        self.contexts = contexts
    }

    /// The linkset as JSON: `{"linkset": [...]}`.
    public var json: JSONValue { ["linkset": .array(contexts.map(\.json))] }

    /// The media type of a linkset (RFC 9264).
    public static let mediaType = "application/linkset+json"
    /// The file name of a key's linkset in its folder.
    public static let fileName = "linkset.json"
}
