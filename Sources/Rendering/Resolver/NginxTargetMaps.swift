/// The redirect targets of a site's keys as nginx maps that grow with the kinds of key a site
/// has, not with its keys.
///
/// Each product and lot (an item redirects as its lot) has a redirect table
/// (``NginxRedirectTable``), and keys whose tables are equal share a profile: the lots of a site,
/// whose pages and passports sit at the same places in their folders, share one, and a lot's own
/// lines are its profile and its slots (its first certificate, event, facility...). Profiles are
/// numbered in the order of the routes, so the configuration does not depend on which thread
/// met a table first.
struct NginxTargetMaps {
    /// The entries of the map from a published product's or lot's path to its profile.
    let profileEntries: String
    /// The slot maps and the four maps from a profile and a request to its target.
    let maps: String

    /// The maps of the products and lots among `routes`, whose tables are in `tables`.
    init(routes: [NginxRoute], tables: NginxRouteTables) {
        let known = tables.tables
        var profileOfTable: [Int: Int] = [:]
        var profiled: [NginxRedirectTable] = []
        var profileEntries = ""
        var slotEntries: [String] = []
        for route in routes {
            guard let table = route.table else { continue }
            let profile: Int
            if let numbered = profileOfTable[table] {
                profile = numbered
            } else {
                profiled.append(known[table])
                profile = profiled.count
                profileOfTable[table] = profile
            }
            let path = NginxConfiguration.quoted(route.path)
            profileEntries += "    \(path) \(profile);\n"
            for (index, value) in route.slots.enumerated() {
                if slotEntries.count == index { slotEntries.append("") }
                slotEntries[index] += "    \(path) \(NginxConfiguration.quoted(value));\n"
            }
        }
        self.profileEntries = profileEntries
        var maps = ""
        for (index, entries) in slotEntries.enumerated() {
            let variable = NginxKeyTargets.slotVariable(index)
            maps += "\nmap $\(NginxConfiguration.lotKeyVariable) $\(variable) {\n    default \"\";\n\(entries)}\n"
        }
        var specific = "\nmap \"$dpp_profile $dpp_type $dpp_media $dpp_language\" $dpp_target {\n    default $dpp_target_of_type;\n"
        var plain = "map \"$dpp_profile $dpp_type\" $dpp_target_of_type {\n    default $dpp_target_default;\n"
        var negotiated = "map \"$dpp_profile $dpp_media $dpp_language\" $dpp_target_default {\n    default $dpp_default_link;\n"
        var fallback = "map $dpp_profile $dpp_default_link {\n    default \"\";\n"
        for (index, table) in profiled.enumerated() {
            let profile = index + 1
            for entry in table.specific { specific += Self.line(profile, entry) }
            for entry in table.plain { plain += Self.line(profile, entry) }
            for entry in table.negotiated { negotiated += Self.line(profile, entry) }
            fallback += "    \"\(profile)\" \(NginxConfiguration.quoted(table.fallback));\n"
        }
        self.maps = maps + [specific, plain, negotiated, fallback].map { $0 + "}\n\n" }.joined()
    }

    /// The map line of `entry` in `profile`.
    private static func line(_ profile: Int, _ entry: NginxRedirectTable.Entry) -> String {
        "    \(NginxConfiguration.quoted("\(profile) \(entry.selector)")) \(NginxConfiguration.quoted(entry.template));\n"
    }
}
