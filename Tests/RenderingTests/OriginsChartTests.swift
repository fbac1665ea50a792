import Foundation
import Rendering
import TestSupport
import Testing

/// The picture of where the fibre comes from on the consumer page: an inline SVG with the
/// origins' shares by aimag and herder organisation, and its text equivalent.
@Suite struct OriginsChartTests {
    static func svg(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<svg "))
        let end = try #require(html.range(of: "</svg>"))
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test(arguments: ["en", "de"])
    func theChartHasACaptionInThePagesLanguageAndATableOfTheSameShares(language: String) throws {
        let html = DemoPages.page("KC-BN-2026-001", language)
        let svg = try Self.svg(html)
        #expect(svg.contains("role=\"img\" aria-labelledby=\"origins-chart-title\" aria-describedby=\"origins-chart-table\""))
        let title = [
            "en": "Shares of the fibre by aimag (province) and herder organisation",
            "de": "Anteile der Faser nach Aimag (Provinz) und Hirtenorganisation",
        ]
        #expect(html.contains("<figcaption id=\"origins-chart-title\">\(title[language]!)</figcaption>"))
        // The aimags and the country largest first, each with its organisations (the demo has one each).
        let percent = DemoPages.language(language).format.percent
        let lang = language == "en" ? "" : " lang=\"en\""
        let rows = [("Bayankhongor", "Bayan-Uul Herders&apos; Cooperative", 40.0), ("Govi-Altai", "Altai Ovoo Herders&apos; Cooperative", 21.8)]
        for (place, producer, share) in rows {
            let group = "<tr><th scope=\"row\"\(lang)>\(place)</th><td></td><td>\(percent(share))</td></tr>"
            #expect(html.contains(group + "<tr><td></td><td\(lang)>\(producer)</td><td>\(percent(share))</td></tr>"))
        }
        #expect(html.contains("<th scope=\"row\">China</th><td></td><td>\(percent(20))</td>"))
        // One bar per organisation, as long as its share of the 352 units the bars may take.
        let widths = svg.components(separatedBy: "<rect ").dropFirst().compactMap {
            $0.components(separatedBy: "width=\"").dropFirst().first?.prefix { $0 != "\"" }
        }
        #expect(widths == ["140.8", "76.8", "70.4", "64"])
    }

    @Test func aPlaceTheCatalogueNamesIsMarkedAndACountryNameInThePagesLanguageIsNot() throws {
        let svg = try Self.svg(DemoPages.page("KC-BN-2026-001", "fr"))
        #expect(svg.contains("<tspan lang=\"en\">Bayankhongor</tspan> 40\u{202F}%"))
        #expect(svg.contains("<tspan>Chine</tspan> 20\u{202F}%"))
    }

    @Test(.requiring(tool: "rsvg-convert", debianPackage: "librsvg2-bin"))
    func theChartIsAnSVGAnOutsideRendererDraws() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.path("chart.svg")
        try Self.svg(DemoPages.page("KC-BN-2026-001", "mn")).write(toFile: file, atomically: true, encoding: .utf8)
        let conversion = try OutsideTool.run("rsvg-convert", ["-w", "412", "-o", folder.path("chart.png"), file])
        #expect(conversion.status == 0, "\(String(decoding: conversion.standardError, as: UTF8.self))")
        #expect(FileManager.default.fileExists(atPath: folder.path("chart.png")))
    }

    @Test func aPassportWithoutOriginsHasNoChart() {
        var passport = DemoPages.passport("KC-BN-2026-001")
        passport.origins = []
        #expect(!String(decoding: ConsumerPage.html(for: passport, writtenIn: .latest), as: UTF8.self).contains("<svg"))
    }
}
