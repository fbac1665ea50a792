import Passport

/// The picture of where the fibre comes from: an inline SVG bar chart of the origins' shares of
/// the fibre, grouped by aimag (province; the country for an origin without one) and by herder
/// organisation, readable at a phone's width, with a caption and its text equivalent, a table of the same shares.
enum OriginsChart {
    /// One bar: a herder organisation (or supplier) and its share of the fibre (0 to 100).
    struct Bar: Equatable {
        var producer: String
        var share: Double
    }

    /// One group of bars: an aimag or country and its organisations, largest first.
    struct Group: Equatable {
        var place: String
        /// Whether the place is the catalogue's text (an aimag), not a country name in the page's language.
        var placeIsData: Bool
        var bars: [Bar]
        var share: Double { bars.reduce(0) { $0 + $1.share } }
    }

    /// The origins grouped by aimag (or country name in the page's language) and by producer,
    /// groups and bars largest first.
    static func groups(_ origins: [Passport.Origin], voice: PageVoice) -> [Group] {
        var groups: [Group] = []
        // Each place's group and each producer's bar in it, looked up rather than searched: a
        // lot may have thousands of origins.
        var groupOfPlace: [String: Int] = [:]
        var barOfProducer: [[String: Int]] = []
        for origin in origins {
            let country = origin.country.map { voice.text.term(.country, $0) ?? $0 } ?? ""
            let place = origin.region ?? country
            let producer = origin.producerName ?? origin.producer ?? ""
            let share = (origin.massFraction ?? 0) * 100
            let index =
                groupOfPlace[place]
                ?? {
                    groups.append(Group(place: place, placeIsData: origin.region != nil, bars: []))
                    barOfProducer.append([:])
                    groupOfPlace[place] = groups.count - 1
                    return groups.count - 1
                }()
            if let bar = barOfProducer[index][producer] {
                groups[index].bars[bar].share += share
            } else {
                barOfProducer[index][producer] = groups[index].bars.count
                groups[index].bars.append(Bar(producer: producer, share: share))
            }
        }
        return groups.map { Group(place: $0.place, placeIsData: $0.placeIsData, bars: $0.bars.sorted { $0.share > $1.share }) }
            .sorted { $0.share > $1.share }
    }

    /// Appends the chart of `origins` inside a `<figure>`; nothing when there are none.
    static func write(_ origins: [Passport.Origin], voice: PageVoice, into page: inout HTMLWriter) {
        let groups = groups(origins, voice: voice)
        guard !groups.isEmpty else { return }
        let format = voice.format
        let width = 360.0
        // Each group: its heading (20), each bar's label and bar (20 + 6 + 12), then a gap (8).
        let height = groups.reduce(0) { $0 + 28 + 38 * $1.bars.count }
        page.raw("<figure class=\"chart\">")
        page.element("figcaption", voice.text("originsChart"), attributes: [("id", "origins-chart-title")])
        page.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(height)\" role=\"img\" ")
        page.raw("aria-labelledby=\"origins-chart-title\" aria-describedby=\"origins-chart-table\" font-size=\"14\" fill=\"#1d1d1b\">")
        var y = 0
        for group in groups {
            y += 20
            page.raw("<text x=\"0\" y=\"\(y)\" font-weight=\"bold\"><tspan")
            if group.placeIsData { voice.dataLanguageAttribute(into: &page) }
            page.raw(">")
            page.text(group.place)
            page.raw("</tspan> ")
            page.text(format.percent(group.share))
            page.raw("</text>")
            for bar in group.bars {
                y += 20
                page.raw("<text x=\"8\" y=\"\(y)\"><tspan")
                voice.dataLanguageAttribute(into: &page)
                page.raw(">")
                page.text(bar.producer)
                page.raw("</tspan> ")
                page.text(format.percent(bar.share))
                page.raw("</text>")
                y += 6
                let length = ConsumerPageSections.cssNumber((width - 8) * bar.share / 100)
                page.raw("<rect x=\"8\" y=\"\(y)\" width=\"\(length)\" height=\"12\" rx=\"3\" fill=\"#c8955f\"/>")
                y += 12
            }
            y += 8
        }
        page.raw("</svg>")
        table(groups, voice: voice, into: &page)
        page.raw("</figure>")
    }

    /// Appends the chart's text equivalent: a table of the same shares, folded under a summary.
    private static func table(_ groups: [Group], voice: PageVoice, into page: inout HTMLWriter) {
        let t = voice.text
        page.open("details")
        page.element("summary", t("chartAsTable"))
        page.open("table", attributes: [("id", "origins-chart-table")])
        page.open("tr")
        for heading in ["place", "producer", "share"] { page.element("th", t(heading), attributes: [("scope", "col")]) }
        page.close("tr")
        for group in groups {
            page.open("tr")
            page.element("th", group.place, attributes: [("scope", "row")] + (group.placeIsData ? voice.dataAttributes : []))
            page.element("td", "")
            page.element("td", voice.format.percent(group.share))
            page.close("tr")
            for bar in group.bars {
                page.open("tr")
                page.element("td", "")
                page.element("td", bar.producer, attributes: voice.dataAttributes)
                page.element("td", voice.format.percent(bar.share))
                page.close("tr")
            }
        }
        page.close("table")
        page.close("details")
    }
}
