import Passport

/// The evidence report as one printable HTML page in English or Mongolian: the key figures,
/// four inline SVG charts with their text equivalents, the certificates that run out soon and
/// the lender's criteria, met or not.
public enum ReportPage {
    /// The page of `report`, with the catalogue's `certificates` on its calendar, in `language` (`en` or `mn`).
    public static func html(_ report: EvidenceReport, certificates: [Certificate], language: String) -> String {
        let text = ReportText(language: language)
        var page = HTMLWriter()
        page.raw("<!DOCTYPE html><html lang=\"\(text.language)\"><head><meta charset=\"utf-8\">")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.element("title", text("title", ["business": report.businessName]))
        page.raw("<style>\(style)</style></head><body><main>")
        page.element("h1", text("title", ["business": report.businessName]))
        page.element("p", text("period", ["from": report.period.from.description, "to": report.period.to.description]))
        summary(report, text: text, into: &page)
        section(text("fibreChart"), into: &page) { ReportCharts.fibre(report, text: text, into: &$0) }
        section(text("recoveryClasses"), into: &page) { page in
            page.raw("<table><thead><tr>")
            for header in [text("recoveryClass", ["class": ""]).trimmingCharacters(in: .whitespaces), text("kilograms"), text("share")] {
                page.element("th", header, attributes: [("scope", "col")])
            }
            page.raw("</tr></thead><tbody>")
            for entry in report.fibreByRecoveryClass {
                page.raw("<tr>")
                page.element("td", entry.recoveryClass.map { text("recoveryClass", ["class": $0.rawValue]) } ?? text("notDeclared"))
                page.element("td", text.number(entry.share.kilograms))
                page.element("td", text.percent(entry.share.value))
                page.raw("</tr>")
            }
            page.raw("</tbody></table>")
        }
        section(text("certifiedChart"), into: &page) { page in
            ReportCharts.certifiedByMonth(report, text: text, into: &page)
            page.element("h3", text("bySchemes"))
            page.raw("<ul>")
            for scheme in report.certifiedBySchemes { page.element("li", "\(scheme.scheme): \(text.percent(scheme.share.value))") }
            page.raw("</ul>")
        }
        section(text("emissionsChart"), into: &page) { ReportCharts.intensity(report, text: text, into: &$0) }
        section(text("calendarChart"), into: &page) { page in
            ReportCharts.calendar(report, certificates: certificates, text: text, into: &page)
            page.element("h3", text("expiring"))
            if report.expiringCertificates.isEmpty { page.element("p", text("noneExpiring")) }
            page.raw("<ul>")
            for certificate in report.expiringCertificates {
                page.element("li", "\(certificate.scheme) \(certificate.number): \(certificate.validUntil)")
            }
            page.raw("</ul>")
        }
        section(text("criteria"), into: &page) { page in
            guard !report.criteria.isEmpty else { return page.element("p", text("noCriteria")) }
            page.raw("<table><thead><tr>")
            for header in [text("statement"), text("figure"), text("result")] { page.element("th", header, attributes: [("scope", "col")]) }
            page.raw("</tr></thead><tbody>")
            for result in report.criteria {
                page.raw("<tr>")
                page.element("td", result.criterion.statement)
                page.element("td", result.figure.map(text.number(criterionFigure: result.criterion.metric)) ?? text("notAvailable"))
                page.element("td", result.isMet ? text("met") : text("notMet"), attributes: [("class", result.isMet ? "met" : "unmet")])
                page.raw("</tr>")
            }
            page.raw("</tbody></table>")
        }
        page.element("footer", text("evidence"))
        page.raw("</main></body></html>\n")
        return page.html
    }

    /// The key figures as a definition list.
    static func summary(_ report: EvidenceReport, text: ReportText, into page: inout HTMLWriter) {
        section(text("summary"), into: &page) { page in
            page.raw("<dl>")
            let emissions = report.emissions
            page.row(text("fibreProcessed"), text("kgUnit", ["value": text.number(report.fibreKilograms)]))
            page.row(text("tracedShare"), text.percent(report.traced.value))
            page.row(text("certifiedShare"), text.percent(report.certified.value))
            page.row(text("primaryDataShare"), text.percent(report.primaryData.value))
            page.row(
                text("emissionsIntensity", ["year": "\(emissions.year)"]),
                emissions.value.map { text("intensityUnit", ["value": text.number($0)]) } ?? text("notAvailable"))
            page.row(
                text("emissionsChange", ["year": emissions.baselineYear.map(String.init) ?? "–"]),
                emissions.change.map { text.percent($0) } ?? text("notAvailable"))
            page.raw("</dl>")
        }
    }

    /// A `<section>` headed `title`, its content written by `content`.
    static func section(_ title: String, into page: inout HTMLWriter, content: (inout HTMLWriter) -> Void) {
        page.raw("<section>")
        page.element("h2", title)
        content(&page)
        page.raw("</section>")
    }

    static let style = """
        body{margin:0;color:#1d1d1b;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}\
        main{max-width:48rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem}h2{font-size:1.15rem;color:#6b4420}h3{font-size:1rem}\
        section{border-top:1px solid #d8d0c4;padding:.5rem 0;break-inside:avoid}\
        dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem .8rem}dt{color:#4d4842}dd{margin:0}\
        table{width:100%;border-collapse:collapse;font-size:.85rem}th,td{text-align:left;padding:.2rem;border-bottom:1px solid #e4ded5}\
        figure{margin:.5rem 0}figure svg{display:block;width:100%;height:auto}.met{color:#1b5e20}.unmet{color:#b3261e}\
        footer{font-size:.8rem;color:#4d4842;margin-top:1rem}@media print{main{max-width:none}section{page-break-inside:avoid}}
        """
}

extension ReportText {
    /// A criterion's figure as the page writes it: shares and changes as percentages, kg and intensities as numbers.
    func number(criterionFigure metric: LenderCriteria.Metric) -> (Double) -> String {
        switch metric {
        case .tracedShare, .certifiedShare, .primaryDataShare, .recoverableRangelandShare, .emissionsIntensityChange: { percent($0) }
        case .fibreProcessedKilograms, .emissionsIntensity: { number($0) }
        }
    }
}
