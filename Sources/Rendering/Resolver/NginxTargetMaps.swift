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
    /// The profile of each table of the routes, by the table's number.
    private let profileOfTable: [Int: Int]
    /// The tables of the profiles, profile 1 first.
    private let profiled: [NginxRedirectTable]
    /// The most slots a route has.
    private let slotCount: Int

    /// The maps of the products and lots among `routes`, whose tables are in `tables`: the
    /// routes are read once here, and again for each part written.
    init(routes: NginxRoutes, tables: NginxRouteTables) {
        let known = tables.tables
        var profileOfTable: [Int: Int] = [:]
        var profiled: [NginxRedirectTable] = []
        var slotCount = 0
        for route in routes {
            guard let table = route.table else { continue }
            if profileOfTable[table] == nil {
                profiled.append(known[table])
                profileOfTable[table] = profiled.count
            }
            slotCount = max(slotCount, route.slots.count)
        }
        self.profileOfTable = profileOfTable
        self.profiled = profiled
        self.slotCount = slotCount
    }

    /// The entries of the map from a published product's or lot's path to its profile.
    var profileEntries: NginxConfigurationPart {
        .eachRoute { [profileOfTable] route, bytes in
            guard let table = route.table, let profile = profileOfTable[table] else { return }
            bytes += "    \(NginxConfiguration.quoted(route.path)) \(profile);\n".utf8
        }
    }

    /// The slot maps and the four maps from a profile and a request to its target.
    var maps: [NginxConfigurationPart] {
        var parts: [NginxConfigurationPart] = []
        for index in 0..<slotCount {
            let variable = NginxKeyTargets.slotVariable(index)
            parts.append(.text("\nmap $\(NginxConfiguration.lotKeyVariable) $\(variable) {\n    default \"\";\n"))
            parts.append(
                .eachRoute { route, bytes in
                    guard route.table != nil, index < route.slots.count else { return }
                    bytes += "    \(NginxConfiguration.quoted(route.path)) \(NginxConfiguration.quoted(route.slots[index]));\n".utf8
                })
            parts.append(.text("}\n"))
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
        parts.append(.text([specific, plain, negotiated, fallback].map { $0 + "}\n\n" }.joined()))
        return parts
    }

    /// The map line of `entry` in `profile`.
    private static func line(_ profile: Int, _ entry: NginxRedirectTable.Entry) -> String {
        "    \(NginxConfiguration.quoted("\(profile) \(entry.selector)")) \(NginxConfiguration.quoted(entry.template));\n"
    }
}
