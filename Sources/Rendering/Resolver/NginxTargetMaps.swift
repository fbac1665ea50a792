/// The redirect targets of a site's keys as nginx maps that grow with the kinds of key a site
/// has, not with its keys.
///
/// Each product and lot (an item redirects as its lot) has a table: for each link type, the
/// target of its first link and, where ``LinkChoice`` picks another for a media kind and language,
/// that one; the default link chosen for each media kind and language where it is not the default
/// link; and the default link. A file in the key's own folder is written relative to the key
/// (`https://host$dpp_lot_key/index.mn.html`), any other target in a slot of the key (`$dpp_slot_2`, a map
/// from the key to the second such target of its table). Keys whose tables are then equal share a
/// profile: the lots of a site, whose pages and passports sit at the same places in their folders,
/// share one, and a lot's own lines are its profile and its slots (its first certificate, event,
/// facility...). A key whose path nginx decodes (a percent-encoded lot) has every target in a slot.
struct NginxTargetMaps {
    /// The entries of the map from a published product's or lot's path to its profile.
    let profileEntries: String
    /// The slot maps and the four maps from a profile and a request to its target.
    let maps: String

    /// The maps of `site`'s products and lots, whose paths are read from `keyVariable` (without `$`).
    init(site: ResolverSite, keyVariable: String) {
        var profiles: [Table: Int] = [:]
        var tables: [Table] = []
        var profileEntries = ""
        var slotEntries: [String] = []
        for key in site.keys where key.level != .item {
            let path = NginxConfiguration.path(of: key.context.anchor, in: site)
            var targets = KeyTargets(anchor: key.context.anchor, path: path, baseURL: site.baseURL, keyVariable: keyVariable)
            let table = Table(context: key.context, targets: &targets)
            let profile: Int
            if let known = profiles[table] {
                profile = known
            } else {
                profile = tables.count + 1
                profiles[table] = profile
                tables.append(table)
            }
            profileEntries += "    \(NginxConfiguration.quoted(path)) \(profile);\n"
            for (index, href) in targets.slots.enumerated() {
                if slotEntries.count == index { slotEntries.append("") }
                slotEntries[index] += "    \(NginxConfiguration.quoted(path)) \(NginxConfiguration.quoted(NginxConfiguration.target(href)));\n"
            }
        }
        self.profileEntries = profileEntries
        var maps = ""
        for (index, entries) in slotEntries.enumerated() {
            maps += "\nmap $\(keyVariable) $\(Self.slotVariable(index)) {\n    default \"\";\n\(entries)}\n"
        }
        var specific = "\nmap \"$dpp_profile $dpp_type $dpp_media $dpp_language\" $dpp_target {\n    default $dpp_target_of_type;\n"
        var plain = "map \"$dpp_profile $dpp_type\" $dpp_target_of_type {\n    default $dpp_target_default;\n"
        var negotiated = "map \"$dpp_profile $dpp_media $dpp_language\" $dpp_target_default {\n    default $dpp_default_link;\n"
        var fallback = "map $dpp_profile $dpp_default_link {\n    default \"\";\n"
        for (index, table) in tables.enumerated() {
            let profile = index + 1
            for entry in table.specific { specific += Self.line(profile, entry) }
            for entry in table.plain { plain += Self.line(profile, entry) }
            for entry in table.negotiated { negotiated += Self.line(profile, entry) }
            fallback += "    \"\(profile)\" \(NginxConfiguration.quoted(table.fallback));\n"
        }
        self.maps = maps + [specific, plain, negotiated, fallback].map { $0 + "}\n\n" }.joined()
    }

    /// The variable of the `index`-th slot (from 0) of a key: `dpp_slot_1` first.
    private static func slotVariable(_ index: Int) -> String { "dpp_slot_\(index + 1)" }

    /// The map line of `entry` in `profile`.
    private static func line(_ profile: Int, _ entry: Table.Entry) -> String {
        "    \(NginxConfiguration.quoted("\(profile) \(entry.selector)")) \(NginxConfiguration.quoted(entry.template));\n"
    }

    /// The targets of one key as nginx values: relative to the key where they can be, else its slots.
    private struct KeyTargets {
        /// The start of the files in the key's folder, `https://host/01/…/10/LOT/`, when nginx's
        /// decoded path of the key is the path of its URL.
        let folderURL: String?
        /// The start of a relative target: the base URL and the key's variable.
        let relativeStart: String
        /// The targets written in slots, in the order they are first met.
        private(set) var slots: [String] = []
        private var slotOfTarget: [String: Int] = [:]

        /// The targets of the key at `anchor`, whose path nginx decodes to `path`.
        init(anchor: String, path: String, baseURL: String, keyVariable: String) {
            let decodedIsEncoded = anchor == baseURL + path && !path.contains("%") && NginxConfiguration.target(path) == path
            folderURL = decodedIsEncoded ? baseURL + path + "/" : nil
            relativeStart = baseURL + "$" + keyVariable + "/"
        }

        /// `href` as a map value: relative to the key, or the variable of its slot; empty for no link.
        mutating func value(of href: String) -> String {
            guard !href.isEmpty else { return "" }
            if let folderURL, href.hasPrefix(folderURL), case let file = href.dropFirst(folderURL.count), !file.contains("/") {
                return relativeStart + NginxConfiguration.target(String(file))
            }
            if let slot = slotOfTarget[href] { return "$" + slotVariable(slot) }
            slotOfTarget[href] = slots.count
            slots.append(href)
            return "$" + slotVariable(slots.count - 1)
        }
    }

    /// What one key's redirects are, each target a value written by ``KeyTargets``.
    private struct Table: Hashable {
        /// A map key without its profile (`gs1:pip html mn`) and its value.
        struct Entry: Hashable {
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
        init(context: Linkset.Context, targets: inout KeyTargets) {
            let languages = PageText.languages.map(\.code)
            let defaultLink = context.links(.defaultLink).first?.href ?? ""
            fallback = targets.value(of: defaultLink)
            for media in LinkChoice.Media.allCases {
                for language in languages {
                    let chosen = LinkChoice.choose(context.links(.defaultLinkMulti), media: media, language: language)?.href ?? defaultLink
                    if chosen != defaultLink {
                        negotiated.append(Entry(selector: "\(media.rawValue) \(language)", template: targets.value(of: chosen)))
                    }
                }
            }
            for type in LinkType.allCases {
                let links = context.links(type)
                guard let first = links.first else { continue }
                plain.append(Entry(selector: type.curie, template: targets.value(of: first.href)))
                for media in LinkChoice.Media.allCases {
                    for language in languages {
                        let chosen = LinkChoice.choose(links, media: media, language: language) ?? first
                        if chosen != first {
                            specific.append(
                                Entry(selector: "\(type.curie) \(media.rawValue) \(language)", template: targets.value(of: chosen.href)))
                        }
                    }
                }
            }
        }
    }
}
