import Foundation
import Rendering
import TestSupport
import Testing

/// Each origin's rangeland status and certification on the consumer page, in plain words in the
/// page's language, "not declared" for the group without a report, and the picture of recovery
/// class and certified share by origin with its table.
@Suite struct HerderEvidencePageTests {
    /// The markup of the origin list item of `producer` on `html`.
    static func item(of producer: String, in html: String) throws -> String {
        let list = try #require(html.range(of: "<ul class=\"origins\">"))
        let name = try #require(html.range(of: producer, range: list.upperBound..<html.endIndex), "no origin of \(producer)")
        let start = try #require(html.range(of: "<li>", options: .backwards, range: html.startIndex..<name.lowerBound))
        let end = try #require(html.range(of: "</li>", range: name.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func theScarfsOriginsSayTheirStatusAndTheYakGroupsIsNotDeclared() throws {
        let html = DemoPages.page("KC-SC-2026-001", "en")
        let altai = try Self.item(of: "Altai Ovoo Herders&apos; Cooperative", in: html)
        #expect(
            altai.contains(
                "<small>Rangeland: recovery class III, moderately altered, recovers in about ten years with changed grazing (assessed <time datetime=\"2025-08-21\">21\u{00A0}August\u{00A0}2025</time>); 8,319 sheep units graze it, for a carrying capacity of 6,200</small>"
            ))
        #expect(altai.contains("<small>Herder group certified: SFA Cashmere Standard</small>"))
        let yak = try Self.item(of: "Tsagaan Nuur Yak Herders&apos; Cooperative", in: html)
        #expect(yak.contains("<small>Rangeland: not declared</small>"))
        #expect(!yak.contains("recovery class") && !yak.contains("sheep units"))
        #expect(yak.contains("<small>Herder group certified: Organic Content Standard</small>"))
    }

    @Test(arguments: [
        ("mn", "Бэлчээр: мэдүүлээгүй"), ("de", "Weideland: nicht angegeben"), ("fr", "Parcours : non déclaré"), ("it", "Pascoli: non dichiarato"),
    ])
    func notDeclaredIsInThePagesLanguage(language: String, text: String) throws {
        let html = DemoPages.page("KC-SC-2026-001", language)
        let yak = try Self.item(of: "Tsagaan Nuur Yak Herders&apos; Cooperative", in: html)
        #expect(yak.contains("<small>\(text)</small>"))
    }

    @Test func theSilkSuppliersOriginSaysNothingOfRangeland() throws {
        let html = DemoPages.page("KC-BN-2026-001", "en")
        let silk = try Self.item(of: "Example Silk Weaving Co. Ltd", in: html)
        #expect(!silk.contains("Rangeland") && !silk.contains("Herder group"))
    }

    @Test func thePictureShowsClassAndCertificationByOriginWithItsTable() throws {
        let html = DemoPages.page("KC-SC-2026-001", "en")
        let start = try #require(html.range(of: "<figcaption id=\"herder-chart-title\">"))
        let end = try #require(html.range(of: "</figure>", range: start.upperBound..<html.endIndex))
        let figure = String(html[start.lowerBound..<end.upperBound])
        // All three groups of the scarf hold a valid certificate: 38.2% + 31.8% + 30% = 100%.
        #expect(figure.contains("<p>100% of the fibre comes from certified herder groups</p>"))
        #expect(figure.contains("role=\"img\" aria-labelledby=\"herder-chart-title\" aria-describedby=\"herder-chart-table\""))
        #expect(figure.contains("Recovery class III · Certified: yes"))
        #expect(figure.contains("Recovery class: not declared · Certified: yes"))
        // Bars as wide as the shares of the 360-wide picture: 38.2% is 137.52, written to one decimal as the CSS numbers are.
        #expect(figure.contains("width=\"137.5\""))
        #expect(
            figure.contains(
                "<tr><th scope=\"row\">Tsagaan Nuur Yak Herders&apos; Cooperative</th><td>not declared</td><td>yes</td><td>30%</td></tr>"
            ))
    }

    @Test func theBeaniesPictureLeavesOutTheSilkSupplier() throws {
        let html = DemoPages.page("KC-BN-2026-001", "en")
        let start = try #require(html.range(of: "<figcaption id=\"herder-chart-title\">"))
        let end = try #require(html.range(of: "</figure>", range: start.upperBound..<html.endIndex))
        let figure = String(html[start.lowerBound..<end.upperBound])
        #expect(!figure.contains("Silk"))
    }
}
