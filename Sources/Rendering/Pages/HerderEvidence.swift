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

    /// The markup of `origin`'s rangeland status and of its group's certification, one line each.
    static func lines(_ origin: Passport.Origin, voice: PageVoice) -> [String] {
        let t = voice.text
        let format = voice.format
        var rangeland = t("rangelandNotDeclared").markupEscaped
        if let status = origin.rangelandStatus, let recoveryClass = status.recoveryClass {
            rangeland = HTMLWriter.phraseMarkup(
                t.template("rangeland"),
                [
                    "class": recoveryClass.markupEscaped, "meaning": t("recovery" + recoveryClass).markupEscaped,
                    "date": status.assessedOn.map { voice.date($0.description) } ?? "",
                ])
            if let stocking = status.stockingRate, let capacity = status.carryingCapacity {
                rangeland +=
                    "; "
                    + HTMLWriter.phraseMarkup(
                        t.template("stocking"),
                        ["stocking": format.number(stocking).markupEscaped, "capacity": format.number(capacity).markupEscaped])
            }
        }
        let schemes = schemes(of: origin)
        let certification =
            schemes.isEmpty
            ? t("herderNotCertified").markupEscaped
            : HTMLWriter.phraseMarkup(t.template("herderCertified"), ["schemes": schemes.map(voice.data).joined(separator: ", ")])
        return [rangeland, certification]
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
        let language = voice.foreignLanguage.map { " lang=\"\($0.markupEscaped)\"" } ?? ""
        let width = 360.0
        var y = 0
        var body = ""
        for origin in herders {
            let share = (origin.massFraction ?? 0) * 100
            let recoveryClass = origin.rangelandStatus?.recoveryClass
            let certified = !schemes(of: origin).isEmpty
            y += 20
            let label = recoveryClass.map { t("recoveryClass") + " " + $0 } ?? t("recoveryClass") + ": " + t("notDeclared")
            body +=
                "<text x=\"0\" y=\"\(y)\"><tspan\(language)>\((origin.producerName ?? origin.producer ?? "").markupEscaped)</tspan> \(format.percent(share).markupEscaped)</text>"
            y += 18
            body +=
                "<text x=\"0\" y=\"\(y)\" font-size=\"12\">\(label.markupEscaped) · \(t("certified").markupEscaped): \(t(certified ? "yes" : "no").markupEscaped)</text>"
            y += 6
            let bar = ConsumerPageSections.cssNumber(width * share / 100)
            body +=
                certified
                ? "<rect x=\"0\" y=\"\(y)\" width=\"\(bar)\" height=\"12\" rx=\"3\" fill=\"#4f7f3a\"/>"
                : "<rect x=\"0.5\" y=\"\(Double(y) + 0.5)\" width=\"\(bar)\" height=\"11\" rx=\"3\" fill=\"#ffffff\" stroke=\"#6b6b6b\"/>"
            y += 16
        }
        let certifiedShare = herders.filter { !schemes(of: $0).isEmpty }.reduce(0) { $0 + ($1.massFraction ?? 0) * 100 }
        page.raw("<figure class=\"chart\">")
        page.element("figcaption", t("herderChart"), attributes: [("id", "herder-chart-title")])
        page.element("p", t("certifiedShare", ["share": format.percent(certifiedShare)]))
        page.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(y)\" role=\"img\" ")
        page.raw("aria-labelledby=\"herder-chart-title\" aria-describedby=\"herder-chart-table\" font-size=\"14\" fill=\"#1d1d1b\">")
        page.raw(body + "</svg>")
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
