import Foundation
import Rendering
import TestSupport
import Testing

@testable import Passport

/// The footprint on the consumer page: the figure per item and per kg with what it rests on, the
/// stages in a table, in the page's language; "not declared" without one, never a zero.
@Suite struct FootprintPageTests {
    /// The markup of the page's greenhouse-gas section.
    static func section(_ html: String, heading: String) throws -> String {
        let start = try #require(html.range(of: "<section><h2>\(heading)</h2>"))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func theSweatersPageSaysItsFootprintAndWhatItRestsOn() throws {
        let section = try Self.section(DemoPages.page("KC-SW-2026-001", "en"), heading: "Greenhouse gases")
        // 29.47563 kg per item, 98.2521 per kg (PassportFootprintTests sums them by hand), to one decimal.
        #expect(
            section.contains(
                "<p class=\"footprint\">29.5 kg CO₂e per item, from the herds to the finished product (cradle to gate); 98.3 kg CO₂e per kg of product</p>"
            ))
        #expect(
            section.contains(
                "<p>23.8 kg CO₂e as the herder groups and mills declare it; 5.7 kg CO₂e computed from the energy the mills declare and its emission factor.</p>"
            ))
        #expect(section.contains("<p>The herder groups&apos; own data cover 100% of the fibre.</p>"))
        #expect(!section.contains("not counted"))
        #expect(section.contains("<tr><th scope=\"row\">Knitting</th><td>Khangai knitting factory</td><td>2026</td><td>0.8</td><td>computed</td>"))
    }

    @Test func theBeaniesPageSaysTheSilksHerdingIsNotCounted() throws {
        let section = try Self.section(DemoPages.page("KC-BN-2026-001", "en"), heading: "Greenhouse gases")
        #expect(section.contains("Nothing is declared for the herding of the rest: it is not counted."))
        #expect(!section.contains("own data cover 100%"))
    }

    @Test(arguments: [("mn", "Хүлэмжийн хий", "тооцсон"), ("de", "Treibhausgase", "berechnet"), ("fr", "Gaz à effet de serre", "calculé")])
    func theSectionIsInThePagesLanguage(language: String, heading: String, computed: String) throws {
        let section = try Self.section(DemoPages.page("KC-SW-2026-001", language), heading: heading)
        #expect(section.contains("<td>\(computed)</td>"))
        // The method is the catalogue's English, marked as such.
        #expect(section.contains("<td lang=\"en\">GHG Protocol Scope 1 and 2"))
    }

    @Test func aPassportWithoutAFootprintSaysNotDeclared() throws {
        var passport = DemoPages.passport("KC-SW-2026-001")
        passport.footprint = nil
        let html = String(decoding: ConsumerPage.html(for: passport, writtenIn: .latest, language: DemoPages.language("en")), as: UTF8.self)
        let section = try Self.section(html, heading: "Greenhouse gases")
        #expect(section == "<section><h2>Greenhouse gases</h2><p>Greenhouse-gas footprint: not declared</p></section>")
    }

    @Test func aTinyStageIsNeverShownAsZero() throws {
        var passport = DemoPages.passport("KC-SW-2026-001")
        passport.footprint?.stages[5].emissions = 0.004
        passport.footprint?.undeclaredSteps = [Passport.UndeclaredStep(facility: nil, facilityName: "Dye house", stage: "dyeing", year: 2026)]
        let section = try Self.section(
            String(decoding: ConsumerPage.html(for: passport, writtenIn: .latest, language: DemoPages.language("en")), as: UTF8.self),
            heading: "Greenhouse gases")
        #expect(section.contains("<td>&lt; 0.1</td>"))
        #expect(section.contains("<p>Not counted, nothing declared: Dyeing (Dye house, 2026).</p>"))
    }

    @Test func anotherToolsFootprintPerKgSaysOnlyWhatItStates() throws {
        var passport = DemoPages.passport("KC-SW-2026-001")
        var footprint = Passport.Footprint()
        footprint.carbonFootprint = 1.8
        footprint.declaredUnit = "KGM"
        footprint.operationalScope = "CradleToGate"
        footprint.primarySourcedRatio = 0.3
        passport.footprint = footprint
        let html = String(decoding: ConsumerPage.html(for: passport, writtenIn: .latest, language: DemoPages.language("en")), as: UTF8.self)
        let section = try Self.section(html, heading: "Greenhouse gases")
        #expect(section == "<section><h2>Greenhouse gases</h2><p class=\"footprint\">1.8 kg CO₂e per kg of product</p></section>")
    }
}
