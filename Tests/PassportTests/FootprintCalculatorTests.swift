import Diagnostics
import Foundation
import Passport
import TestSupport
import Testing
import Traceability

/// The demo products' footprints per item, against sums written out by hand from the quantities
/// of `Fixtures/tools/make-demo-fixtures.py` and the declarations of `Fixtures/demo/catalog.json`.
@Suite struct FootprintCalculatorTests {
    // 2026 intensities (kg CO2e per kg), from the demo catalogue:
    //   herding BKH 36.5, GAL 41, OVK 24 (raw fibre); ARK 33 (dehaired fibre)
    //   dehairing 4.3 kWh × 0.97, spinning 11.2 × 0.97, knitting 2.6 × 0.97 (per kg of output)
    static let dehairing = 4.3 * 0.97, spinning = 11.2 * 0.97, knitting = 2.6 * 0.97

    static func footprint(of lot: String, gtin: String) throws -> (ProductFootprint, [Diagnostic]) {
        let catalog = try DemoFixtures.catalog()
        let product = try #require(catalog.products.first { $0.gtin == gtin })
        let trace = try DemoFixtures.graph().trace("https://id.gs1.org/01/\(gtin)/10/\(lot)")
        let result = FootprintCalculator(declarations: catalog.emissions).footprint(of: trace, itemKilograms: product.weightGrams / 1000)
        return (result.footprint, result.diagnostics)
    }

    @Test func aSweaterCountsEveryStageFromItsHerdersToItsKnitting() throws {
        let (footprint, diagnostics) = try Self.footprint(of: "KC-SW-2026-001", gtin: "09521234000112")
        // 280 sweaters of 300 g from 90 kg of YRN-C-2026-01 (285 kg spun from DH-C-01 150 + DH-C-02 150).
        let yarn = 90.0 / 280
        let dehaired = yarn * 150 / 285  // of each of DH-C-2026-01 and DH-C-2026-02
        let bkh = dehaired * 400 / 200, gal = dehaired * 300 / 270, ovk = dehaired * 250 / 270
        let herding = bkh * 36.5 + gal * 41 + ovk * 24
        let computed = 0.3 * Self.knitting + yarn * Self.spinning + 2 * dehaired * Self.dehairing
        #expect(abs(footprint.declared - herding) < 1e-9)
        #expect(abs(footprint.computed - computed) < 1e-9)
        #expect(abs(footprint.perItem - (herding + computed)) < 1e-9)
        #expect(abs(footprint.perKilogram! - (herding + computed) / 0.3) < 1e-9)
        #expect(abs(footprint.rawFibreKilograms - (bkh + gal + ovk)) < 1e-9)
        #expect(footprint.primaryDataShare == 1)
        #expect(footprint.contributions.map(\.stage) == ["herding", "herding", "herding", "dehairing", "spinning", "knitting"])
        // Herding in the order the inputs are listed: DH-C-01 (BKH), then DH-C-02 (GAL, then OVK).
        #expect(
            footprint.contributions.prefix(3).map(\.facility)
                == ["9521234001027", "9521234001195", "9521234001263"].map {
                    "https://id.gs1.org/414/\($0)"
                })
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func aYakDeclarationPerKgOfDehairedFibreCountsTheDehairedKilograms() throws {
        let (footprint, _) = try Self.footprint(of: "KC-SC-2026-001", gtin: "09521234000280")
        // 390 scarves from 60 kg of YRN-CY-2026-01 (95 kg from DH-C-02 70 + DH-Y-01 30); DH-Y-01 is 100 kg from 200 kg of yak.
        let yarn = 60.0 / 390
        let yak = yarn * 30 / 95
        let yakContribution = try #require(footprint.contributions.first { $0.facility.hasSuffix("9521234001331") })
        #expect(abs(yakContribution.kilograms - yak) < 1e-12)
        #expect(abs(yakContribution.emissions - yak * 33) < 1e-12)
        #expect(abs(footprint.rawFibreKilograms - (yak * 2 + yarn * 70 / 95 * (300 + 250) / 270)) < 1e-12)
    }

    @Test func aBeanieWithUndeclaredSilkHasLessThanAllItsMassOnPrimaryData() throws {
        let (footprint, diagnostics) = try Self.footprint(of: "KC-BN-2026-001", gtin: "09521234000358")
        // 140 beanies from YRN-C-2026-01 12 kg and silk 3 kg; the silk supplier declares nothing.
        let yarn = 12.0 / 140, silk = 3.0 / 140
        let dehaired = yarn * 150 / 285
        let raw = dehaired * 400 / 200 + dehaired * (300 + 250) / 270
        #expect(abs(footprint.rawFibreKilograms - (raw + silk)) < 1e-12)
        #expect(abs(footprint.primaryDataShare - raw / (raw + silk)) < 1e-12)
        #expect(diagnostics.map(\.ruleID).contains("FOOTPRINT-NOT-DECLARED"))
        #expect(!diagnostics.hasErrors)
    }

    @Test func aDehairedBasisWithoutMassesInKgIsNotAddedToTheOthers() throws {
        // A yak lot dehaired into a lot counted in pieces: the per-kg-of-dehaired-fibre figure cannot be converted.
        let document = """
            {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument",
             "schemaVersion": "2.0", "creationDate": "2026-09-01T00:00:00Z", "epcisBody": {"eventList": [
              {"type": "ObjectEvent", "eventTime": "2026-05-20T03:00:00Z", "eventTimeZoneOffset": "+08:00", "action": "ADD",
               "bizStep": "commissioning", "quantityList": [{"epcClass": "https://id.gs1.org/01/09521234100027/10/Y1", "quantity": 200, "uom": "KGM"}],
               "readPoint": {"id": "https://id.gs1.org/414/9521234001331"}, "bizLocation": {"id": "https://id.gs1.org/414/9521234001331"}},
              {"type": "TransformationEvent", "eventTime": "2026-06-01T08:00:00Z", "eventTimeZoneOffset": "+08:00",
               "inputQuantityList": [{"epcClass": "https://id.gs1.org/01/09521234100027/10/Y1", "quantity": 200, "uom": "KGM"}],
               "outputQuantityList": [{"epcClass": "https://id.gs1.org/01/09521234200024/10/D1", "quantity": 10, "uom": "H87"}],
               "readPoint": {"id": "https://id.gs1.org/414/9521234000273"}}
             ]}}
            """
        let graph = TraceGraph(events: EPCISReader.read(Array(document.utf8), source: "test.jsonld").events)
        let declarations = [
            EmissionsDeclaration(
                facility: "https://id.gs1.org/414/9521234001331", stage: "herding", figure: .intensity(33, basis: .dehairedFibre),
                method: "IPCC Tier 1", source: "test", date: CalendarDate("2026-01-01")!, year: 2026)
        ]
        let result = FootprintCalculator(declarations: declarations)
            .footprint(of: graph.trace("https://id.gs1.org/01/09521234200024/10/D1"), itemKilograms: nil)
        #expect(result.diagnostics.map(\.ruleID) == ["FOOTPRINT-NOT-DECLARED", "FOOTPRINT-MIXED-UNITS"])
        #expect(result.footprint.perItem == 0)
        #expect(result.footprint.rawFibreKilograms == 20)
        #expect(result.footprint.primaryDataShare == 0)
    }
}
