import Passport

/// The report's four inline SVG charts, each in a `<figure>` with its caption and a table that
/// says the same in text: fibre by aimag and herder group, certified share by month, greenhouse-gas
/// intensity by year against the baseline, and the certificates' validity on a calendar.
enum ReportCharts {
    static let width = 640.0
    static let fill = "#8a5a2b"
    static let light = "#d9c2a5"

    /// Opens a figure with `caption`, the SVG `body` of `height`, then the text-equivalent table rows.
    static func figure(
        id: String, caption: String, height: Double, body: String, headers: [String], rows: [[String]], into page: inout HTMLWriter
    ) {
        page.raw("<figure class=\"chart\">")
        page.element("figcaption", caption, attributes: [("id", "\(id)-title")])
        page.raw(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-table\" font-size=\"13\" fill=\"#1d1d1b\">"
        )
        page.raw(body + "</svg>")
        page.raw("<table id=\"\(id)-table\"><thead><tr>")
        for header in headers { page.element("th", header, attributes: [("scope", "col")]) }
        page.raw("</tr></thead><tbody>")
        for row in rows {
            page.raw("<tr>")
            for cell in row { page.element("td", cell) }
            page.raw("</tr>")
        }
        page.raw("</tbody></table></figure>")
    }

    /// A horizontal bar of `share` (0...1) of the width, labelled above, at `y`.
    static func bar(label: String, share: Double, y: Double, color: String = fill) -> String {
        "<text x=\"0\" y=\"\(Int(y + 12))\">\(label.markupEscaped)</text><rect x=\"0\" y=\"\(Int(y + 16))\" width=\"\(ConsumerPageSections.cssNumber(max(0, min(1, share)) * width))\" height=\"12\" rx=\"2\" fill=\"\(color)\"/>"
    }

    static func fibre(_ report: EvidenceReport, text: ReportText, into page: inout HTMLWriter) {
        var body = ""
        var rows: [[String]] = []
        var y = 0.0
        for place in report.fibreByPlace {
            let name = place.region ?? text("notDeclared")
            body += bar(label: "\(name): \(text.percent(place.share.value))", share: place.share.value, y: y)
            y += 32
            for origin in place.origins {
                body += bar(label: "   \(origin.name): \(text.percent(origin.share.value))", share: origin.share.value, y: y, color: light)
                rows.append([name, origin.name, text.number(origin.share.kilograms), text.percent(origin.share.value)])
                y += 32
            }
        }
        figure(
            id: "fibre-chart", caption: text("fibreChart"), height: max(y, 20), body: body,
            headers: [text("aimag"), text("group"), text("kilograms"), text("share")], rows: rows, into: &page)
    }

    static func certifiedByMonth(_ report: EvidenceReport, text: ReportText, into page: inout HTMLWriter) {
        let months = report.certifiedByMonths
        let height = 200.0
        let step = months.isEmpty ? width : width / Double(months.count)
        var body = "<line x1=\"0\" y1=\"\(Int(height - 20))\" x2=\"\(Int(width))\" y2=\"\(Int(height - 20))\" stroke=\"#5f5a54\"/>"
        for (index, month) in months.enumerated() {
            let barHeight = (height - 50) * month.value
            let x = Double(index) * step + step * 0.2
            body +=
                "<rect x=\"\(ConsumerPageSections.cssNumber(x))\" y=\"\(ConsumerPageSections.cssNumber(height - 20 - barHeight))\" width=\"\(ConsumerPageSections.cssNumber(step * 0.6))\" height=\"\(ConsumerPageSections.cssNumber(barHeight))\" fill=\"\(fill)\"/>"
            body += "<text x=\"\(ConsumerPageSections.cssNumber(x))\" y=\"\(Int(height - 4))\">\(month.month.markupEscaped)</text>"
            body +=
                "<text x=\"\(ConsumerPageSections.cssNumber(x))\" y=\"\(ConsumerPageSections.cssNumber(height - 24 - barHeight))\">\(text.percent(month.value).markupEscaped)</text>"
        }
        figure(
            id: "certified-chart", caption: text("certifiedChart"), height: height, body: body,
            headers: [text("month"), text("kilograms"), text("share")],
            rows: months.map { [$0.month, text.number($0.processedKilograms), text.percent($0.value)] }, into: &page)
    }

    static func intensity(_ report: EvidenceReport, text: ReportText, into page: inout HTMLWriter) {
        let years = report.emissions.years
        let height = 200.0
        let highest = years.compactMap(\.intensity).max() ?? 1
        let step = years.isEmpty ? width : width / Double(years.count)
        var body = "<line x1=\"0\" y1=\"\(Int(height - 20))\" x2=\"\(Int(width))\" y2=\"\(Int(height - 20))\" stroke=\"#5f5a54\"/>"
        for (index, year) in years.enumerated() {
            let value = year.intensity ?? 0
            let barHeight = highest > 0 ? (height - 50) * value / highest : 0
            let x = Double(index) * step + step * 0.25
            let color = year.year == report.emissions.baselineYear ? light : fill
            body +=
                "<rect x=\"\(ConsumerPageSections.cssNumber(x))\" y=\"\(ConsumerPageSections.cssNumber(height - 20 - barHeight))\" width=\"\(ConsumerPageSections.cssNumber(step * 0.5))\" height=\"\(ConsumerPageSections.cssNumber(barHeight))\" fill=\"\(color)\"/>"
            let label = year.year == report.emissions.baselineYear ? "\(year.year) (\(text("baseline")))" : "\(year.year)"
            body += "<text x=\"\(ConsumerPageSections.cssNumber(x))\" y=\"\(Int(height - 4))\">\(label.markupEscaped)</text>"
            body +=
                "<text x=\"\(ConsumerPageSections.cssNumber(x))\" y=\"\(ConsumerPageSections.cssNumber(height - 24 - barHeight))\">\(text.number(value).markupEscaped)</text>"
        }
        figure(
            id: "emissions-chart", caption: text("emissionsChart"), height: height, body: body,
            headers: [text("year"), text("kilograms"), text("intensity"), text("primaryDataShare")],
            rows: years.map { year in
                [
                    year.year == report.emissions.baselineYear ? "\(year.year) (\(text("baseline")))" : "\(year.year)",
                    text.number(year.dehairedKilograms), year.intensity.map(text.number) ?? text("notAvailable"), text.percent(year.primaryDataShare),
                ]
            }, into: &page)
    }

    static func calendar(_ report: EvidenceReport, certificates: [Certificate], text: ReportText, into page: inout HTMLWriter) {
        let start = ([report.period.from] + certificates.map(\.validFrom)).min()!
        let end = ([report.expiryHorizon] + certificates.map(\.validUntil)).max()!
        let days = Double(max(1, dayNumber(end) - dayNumber(start)))
        func x(_ date: CalendarDate) -> Double { 200 + (width - 200) * Double(dayNumber(date) - dayNumber(start)) / days }
        var body = ""
        var y = 0.0
        for certificate in certificates {
            let expiring = report.expiringCertificates.contains { $0.id == certificate.id }
            body += "<text x=\"0\" y=\"\(Int(y + 12))\">\(certificate.number.markupEscaped)</text>"
            body +=
                "<rect x=\"\(ConsumerPageSections.cssNumber(x(certificate.validFrom)))\" y=\"\(Int(y + 2))\" width=\"\(ConsumerPageSections.cssNumber(max(1, x(certificate.validUntil) - x(certificate.validFrom))))\" height=\"12\" rx=\"2\" fill=\"\(expiring ? "#b3261e" : fill)\"/>"
            y += 20
        }
        for (date, dash) in [(report.period.to, ""), (report.expiryHorizon, " stroke-dasharray=\"4 3\"")] {
            body +=
                "<line x1=\"\(ConsumerPageSections.cssNumber(x(date)))\" y1=\"0\" x2=\"\(ConsumerPageSections.cssNumber(x(date)))\" y2=\"\(Int(y + 4))\" stroke=\"#1d1d1b\"\(dash)/>"
        }
        page.element("p", text("calendarNote", ["end": report.period.to.description, "horizon": report.expiryHorizon.description]))
        figure(
            id: "calendar-chart", caption: text("calendarChart"), height: max(y + 8, 20), body: body,
            headers: [text("certificate"), text("scheme"), text("validFrom"), text("validUntil")],
            rows: certificates.map { [$0.number, $0.scheme, $0.validFrom.description, $0.validUntil.description] }, into: &page)
    }

    /// Days since 1970-01-01 of `date` (proleptic Gregorian).
    static func dayNumber(_ date: CalendarDate) -> Int {
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
