import Spooling

/// What one product's or lot's redirects are: for each link type, the target of its first link
/// and, where ``LinkChoice`` picks another for a media kind and language, that one; the default
/// link chosen for each media kind and language where it is not the default link; and the
/// default link. Each target is a map value written by ``NginxKeyTargets``, so that keys whose
/// files sit at the same places in their folders have equal tables.
struct NginxRedirectTable: Hashable, Sendable {
    /// A map key without its profile (`gs1:pip html mn`) and its value.
    struct Entry: Hashable, Sendable {
        var selector: String
        var template: String
    }

    /// The link of a type chosen for a media kind and language, where it is not the type's first.
    var specific: [Entry] = []
    /// The first link of each type.
    var plain: [Entry] = []
    /// The default link chosen for a media kind and language, where it is not the default link.
    var negotiated: [Entry] = []
    /// The default link, empty when the key has none.
    var fallback = ""

    /// The table of the key whose links are `context`, its targets written by `targets`.
    init(context: Linkset.Context, targets: inout NginxKeyTargets) {
        let languages = PageText.languages.map(\.code)
        let defaultLink = context.links(.defaultLink).first?.href ?? ""
        fallback = targets.value(of: defaultLink)
        let multi = context.links(.defaultLinkMulti)
        let multiCandidates = LinkChoice.Candidates(multi)
        for media in LinkChoice.Media.allCases {
            for language in languages {
                let chosen = multiCandidates.choice(media: media, language: language).map { multi[$0].href } ?? defaultLink
                if chosen != defaultLink {
                    negotiated.append(Entry(selector: "\(media.rawValue) \(language)", template: targets.value(of: chosen)))
                }
            }
        }
        for type in LinkType.allCases {
            let links = context.links(type)
            guard let first = links.first else { continue }
            plain.append(Entry(selector: type.curie, template: targets.value(of: first.href)))
            // A type's only link is the one chosen for every request.
            guard links.count > 1 else { continue }
            let candidates = LinkChoice.Candidates(links)
            for media in LinkChoice.Media.allCases {
                for language in languages {
                    guard let chosen = candidates.choice(media: media, language: language), chosen != 0 else { continue }
                    specific.append(
                        Entry(selector: "\(type.curie) \(media.rawValue) \(language)", template: targets.value(of: links[chosen].href)))
                }
            }
        }
    }
}

/// The targets of one key as nginx map values: a file in the key's own folder relative to the
/// key (`https://host$dpp_lot_key/index.mn.html`), any other in a slot of the key (`$dpp_slot_2`,
/// a map from the key to the second such target). A key whose path nginx decodes (a
/// percent-encoded lot) has every target in a slot.
struct NginxKeyTargets {
    /// The start of the files in the key's folder, `https://host/01/…/10/LOT/`, when nginx's
    /// decoded path of the key is the path of its URL.
    private let folderURL: String?
    /// The start of a relative target: the base URL and the key's variable.
    private let relativeStart: String
    /// The targets written in slots, in the order they are first met.
    private(set) var slots: [String] = []
    private var slotOfTarget: [String: Int] = [:]

    /// The targets of the key at `anchor`, whose path nginx decodes to `path`, on the site at `baseURL`.
    init(anchor: String, path: String, baseURL: String) {
        let decodedIsEncoded = anchor == baseURL + path && !path.contains("%") && NginxConfiguration.target(path) == path
        folderURL = decodedIsEncoded ? baseURL + path + "/" : nil
        relativeStart = baseURL + "$" + NginxConfiguration.lotKeyVariable + "/"
    }

    /// The variable of the `index`-th slot (from 0) of a key: `dpp_slot_1` first.
    static func slotVariable(_ index: Int) -> String { "dpp_slot_\(index + 1)" }

    /// `href` as a map value: relative to the key, or the variable of its slot; empty for no link.
    mutating func value(of href: String) -> String {
        guard !href.isEmpty else { return "" }
        // Compared as bytes: a URL's characters need no grapheme breaking.
        if let folderURL, href.hasUTF8Prefix(folderURL), case let file = href.utf8.dropFirst(folderURL.utf8.count),
            !file.contains(UInt8(ascii: "/"))
        {
            return relativeStart + NginxConfiguration.target(String(Substring(file)))
        }
        if let slot = slotOfTarget[href] { return "$" + Self.slotVariable(slot) }
        slotOfTarget[href] = slots.count
        slots.append(href)
        return "$" + Self.slotVariable(slots.count - 1)
    }
}
