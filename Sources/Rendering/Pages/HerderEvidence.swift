import Passport

/// What a consumer page says of the herder groups behind the fibre: each origin's rangeland
/// status and certification in plain words ("not declared" when the passport carries none,
/// never a zero), and a picture of recovery class and certified share by origin with its text
/// equivalent.
enum HerderEvidence {
    /// Whether `origin` is a herder group's lot: fibre harvested from animals, or with herder evidence.
    static func applies(to origin: Passport.Origin) -> Bool {
        origin.harvestMethod != nil || origin.rangelandStatus != nil || !origin.herderCertifications.isEmpty
    }

    /// Appends `origin`'s rangeland status and its group's certification, a `<small>` line each.
    static func writeLines(_ origin: Passport.Origin, voice: PageVoice, into page: inout HTMLWriter) {
        let t = voice.text
        let format = voice.format
        page.open("small")
        if let status = origin.rangelandStatus, let recoveryClass = status.recoveryClass {
            page.phrase(t.template("rangeland")) { name, page in
                switch name {
                case "class": page.text(recoveryClass)
                case "meaning": page.text(t("recovery" + recoveryClass))
                case "date": if let assessed = status.assessedOn { voice.date(assessed.description, into: &page) }
                default: return false
                }
                return true
            }
            if let stocking = status.stockingRate, let capacity = status.carryingCapacity {
                page.raw("; ")
                page.phrase(t.template("stocking")) { name, page in
                    switch name {
                    case "stocking": page.text(format.number(stocking))
                    case "capacity": page.text(format.number(capacity))
                    default: return false
                    }
                    return true
                }
            }
        } else {
            page.text(t("rangelandNotDeclared"))
        }
        page.close("small")
        page.open("small")
        let schemes = schemes(of: origin)
        if schemes.isEmpty {
            page.text(t("herderNotCertified"))
        } else {
            page.phrase(t.template("herderCertified")) { name, page in
                guard name == "schemes" else { return false }
                page.list(schemes, separator: ", ") { scheme, page in voice.data(scheme, into: &page) }
                return true
            }
        }
        page.close("small")
    }

    /// The schemes of the origin's group's certificates valid on the passport's date, each once.
    static func schemes(of origin: Passport.Origin) -> [String] {
        var schemes: [String] = []
        for scheme in origin.herderCertifications.compactMap(\.scheme) where !schemes.contains(scheme) { schemes.append(scheme) }
        return schemes
    }

    /// Appends the picture of the herder origins, each a row: its group, its recovery class (or
    /// not declared) and its share of the fibre, filled when its group is certified; with the
    /// certified share and a table of the same; nothing when no origin is a herder group's.
    static func writeChart(_ origins: [Passport.Origin], voice: PageVoice, into page: inout HTMLWriter) {
        let herders = origins.filter(applies)
        guard !herders.isEmpty else { return }
        let t = voice.text
        let format = voice.format
        let width = 360.0
        let certifiedShare = herders.filter { !schemes(of: $0).isEmpty }.reduce(0) { $0 + ($1.massFraction ?? 0) * 100 }
        page.raw("<figure class=\"chart\">")
        page.element("figcaption", t("herderChart"), attributes: [("id", "herder-chart-title")])
        page.element("p", t("certifiedShare", ["share": format.percent(certifiedShare)]))
        // Each origin: its name (20), its class and certification (18), its bar (6 + 16).
        page.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(60 * herders.count)\" role=\"img\" ")
        page.raw("aria-labelledby=\"herder-chart-title\" aria-describedby=\"herder-chart-table\" font-size=\"14\" fill=\"#1d1d1b\">")
        var y = 0
        for origin in herders {
            let share = (origin.massFraction ?? 0) * 100
            let recoveryClass = origin.rangelandStatus?.recoveryClass
            let certified = !schemes(of: origin).isEmpty
            y += 20
            page.raw("<text x=\"0\" y=\"\(y)\"><tspan")
            voice.dataLanguageAttribute(into: &page)
            page.raw(">")
            page.text(origin.producerName ?? origin.producer ?? "")
            page.raw("</tspan> ")
            page.text(format.percent(share))
            page.raw("</text>")
            y += 18
            let label = recoveryClass.map { t("recoveryClass") + " " + $0 } ?? t("recoveryClass") + ": " + t("notDeclared")
            page.raw("<text x=\"0\" y=\"\(y)\" font-size=\"12\">")
            page.text("\(label) · \(t("certified")): \(t(certified ? "yes" : "no"))")
            page.raw("</text>")
            y += 6
            let bar = ConsumerPageSections.cssNumber(width * share / 100)
            page.raw(
                certified
                    ? "<rect x=\"0\" y=\"\(y)\" width=\"\(bar)\" height=\"12\" rx=\"3\" fill=\"#4f7f3a\"/>"
                    : "<rect x=\"0.5\" y=\"\(Double(y) + 0.5)\" width=\"\(bar)\" height=\"11\" rx=\"3\" fill=\"#ffffff\" stroke=\"#6b6b6b\"/>")
            y += 16
        }
        page.raw("</svg>")
        table(herders, voice: voice, into: &page)
        page.raw("</figure>")
    }

    /// Appends the picture's text equivalent: group, recovery class, whether certified (the
    /// schemes are in each origin's lines) and share.
    private static func table(_ origins: [Passport.Origin], voice: PageVoice, into page: inout HTMLWriter) {
        let t = voice.text
        page.open("details")
        page.element("summary", t("chartAsTable"))
        page.open("table", attributes: [("id", "herder-chart-table"), ("class", "herders")])
        page.open("tr")
        for heading in ["producer", "recoveryClass", "certified", "share"] { page.element("th", t(heading), attributes: [("scope", "col")]) }
        page.close("tr")
        for origin in origins {
            page.open("tr")
            page.element("th", origin.producerName ?? origin.producer ?? "", attributes: [("scope", "row")] + voice.dataAttributes)
            page.element("td", origin.rangelandStatus?.recoveryClass ?? t("notDeclared"))
            page.element("td", t(schemes(of: origin).isEmpty ? "no" : "yes"))
            page.element("td", voice.format.percent((origin.massFraction ?? 0) * 100))
            page.close("tr")
        }
        page.close("table")
        page.close("details")
    }
}
