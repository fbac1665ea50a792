import Diagnostics
import JSONCore
import Passport
import TestSupport
import Testing

/// The catalogue's emissions declarations: read with their figure, or refused with a rule that
/// says what is wrong and where.
@Suite struct EmissionsDeclarationReaderTests {
    /// The demo catalogue with its emissions replaced by the one declaration `members` (JSON members).
    static func catalogue(withDeclaration members: String) throws -> [UInt8] {
        let demo = try JSONParser().parse(try DemoFixtures.bytes("catalog.json"))
        var root = try #require(demo.objectValue)
        root["emissions"] = .array([try JSONParser().parse(Array("{\(members)}".utf8))])
        return JSONWriter(pretty: true).bytes(.object(root))
    }

    static let common =
        #""facility": "https://id.gs1.org/414/9521234000273", "stage": "dehairing", "source": "Meters", "date": "2026-08-28", "year": 2026"#

    @Test func theDemoDeclaresEveryHerderGroupAndProcessingStepByYear() throws {
        let sink = DiagnosticSink()
        let catalog = try #require(CatalogReader.read(try DemoFixtures.bytes("catalog.json"), file: "catalog.json", sink: sink))
        #expect(sink.diagnostics.isEmpty)
        #expect(catalog.emissions.count == 15)
        #expect(catalog.emissions.filter { $0.stage == "herding" }.count == 10)
        let dehairing2026 = try #require(catalog.emissions.first { $0.stage == "dehairing" && $0.year == 2026 })
        // 4.3 kWh per kg at 0.97 kg CO2e per kWh, from Fixtures/demo/catalog.json.
        #expect(abs(dehairing2026.intensity - 4.171) < 1e-12)
        #expect(!dehairing2026.isDeclaredIntensity)
        let yak = try #require(catalog.emissions.first { $0.facility.hasSuffix("9521234001331") && $0.year == 2025 })
        #expect(yak.figure == .intensity(38, basis: .dehairedFibre))
        #expect(yak.date == CalendarDate("2026-01-20"))
    }

    @Test(arguments: [
        (
            #""energyPerKg": 4.3, "emissionFactor": 0.97, "method": "GHG Protocol""#,
            EmissionsDeclaration.Figure.energy(kilowattHoursPerKilogram: 4.3, emissionFactor: 0.97)
        ),
        (#""intensity": 12.5, "intensityBasis": "raw fibre", "method": "ISO 14067""#, .intensity(12.5, basis: .rawFibre)),
    ])
    func aDeclarationGivesOneFigure(members: String, figure: EmissionsDeclaration.Figure) throws {
        let sink = DiagnosticSink()
        let catalog = try #require(CatalogReader.read(try Self.catalogue(withDeclaration: "\(Self.common), \(members)"), file: "c.json", sink: sink))
        #expect(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        #expect(catalog.emissions.map(\.figure) == [figure])
    }

    @Test(arguments: [
        (#""energyPerKg": 4.3, "emissionFactor": 0.97"#, "CATALOG-EMISSIONS-METHOD", "/emissions/0/method"),
        (#""intensity": 12.5, "method": "IPCC Tier 1""#, "CATALOG-EMISSIONS-FIGURE", "/emissions/0/intensityBasis"),
        (#""intensity": 12.5, "intensityBasis": "greasy", "method": "IPCC Tier 1""#, "CATALOG-EMISSIONS-FIGURE", "/emissions/0/intensityBasis"),
        (#""energyPerKg": 4.3, "method": "GHG Protocol""#, "CATALOG-EMISSIONS-FIGURE", "/emissions/0/emissionFactor"),
        (#""emissionFactor": 0.97, "method": "GHG Protocol""#, "CATALOG-EMISSIONS-FIGURE", "/emissions/0/energyPerKg"),
        (#""method": "GHG Protocol""#, "CATALOG-EMISSIONS-FIGURE", "/emissions/0"),
        (
            #""intensity": 2, "intensityBasis": "raw fibre", "energyPerKg": 4.3, "emissionFactor": 0.97, "method": "GHG Protocol""#,
            "CATALOG-EMISSIONS-FIGURE", "/emissions/0/intensity"
        ),
        (#""energyPerKg": -4.3, "emissionFactor": 0.97, "method": "GHG Protocol""#, "CATALOG-EMISSIONS-FIGURE", "/emissions/0/energyPerKg"),
    ])
    func aDeclarationWithoutMethodOrWithAnUnclearFigureIsRefused(members: String, rule: String, pointer: String) throws {
        let sink = DiagnosticSink()
        #expect(CatalogReader.read(try Self.catalogue(withDeclaration: "\(Self.common), \(members)"), file: "c.json", sink: sink) == nil)
        #expect(sink.diagnostics.map(\.ruleID) == [rule])
        #expect(sink.diagnostics.first?.location.pointer == pointer)
    }

    /// A year is a whole number of four digits; a whole number too large for an integer (found by
    /// the `catalog` fuzz harness: a year of 75 digits crashed the conversion) is refused too, as
    /// beyond a catalogue's numbers (above 10^12).
    @Test(arguments: [
        ("2026.5", "CATALOG-TYPE"), ("202666666666666666666666666666666666666666666666666666666666666666666666666", "CATALOG-NUMBER-RANGE"),
        ("1e300", "CATALOG-NUMBER-RANGE"), ("-1e300", "CATALOG-NUMBER-RANGE"), ("9223372036854775808", "CATALOG-NUMBER-RANGE"),
        ("999", "CATALOG-TYPE"), ("10000", "CATALOG-TYPE"), ("-2026", "CATALOG-TYPE"),
    ])
    func aYearIsAWholeNumberOfFourDigits(year: String, rule: String) throws {
        let members =
            #""facility": "https://id.gs1.org/414/9521234000273", "stage": "dehairing", "source": "S", "date": "2026-08-28", "energyPerKg": 1, "emissionFactor": 1, "method": "M", "year": "#
            + year
        let sink = DiagnosticSink()
        #expect(CatalogReader.read(try Self.catalogue(withDeclaration: members), file: "c.json", sink: sink) == nil)
        #expect(sink.diagnostics.map(\.ruleID) == [rule])
        #expect(sink.diagnostics.first?.location.pointer == "/emissions/0/year")
    }

    @Test(arguments: [1000, 2026, 9999])
    func aYearOfFourDigitsIsRead(year: Int) throws {
        let members =
            #""facility": "https://id.gs1.org/414/9521234000273", "stage": "dehairing", "source": "S", "date": "2026-08-28", "energyPerKg": 1, "emissionFactor": 1, "method": "M", "year": "#
            + String(year)
        let sink = DiagnosticSink()
        let catalog = try #require(CatalogReader.read(try Self.catalogue(withDeclaration: members), file: "c.json", sink: sink))
        #expect(catalog.emissions.map(\.year) == [year])
    }
}
