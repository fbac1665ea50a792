import Foundation
import JSONCore
import TestSupport
import Testing

/// `dpp report` on the demo fixtures, every figure recomputed here by hand from the quantities
/// of Fixtures/tools/make-demo-fixtures.py and the declarations and certificates of
/// Fixtures/demo/catalog.json (never by the code under test).
@Suite struct ReportCommandTests {
    /// The report of 2026 with the demo lender profile, written by the command.
    static func demoReport() throws -> JSONValue {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try DPPProcess.run([
            "report", "--catalog", DemoFixtures.file("catalog.json").path, "--events", DemoFixtures.file("events.xml").path,
            "--out", folder.path("report"), "--criteria", DemoFixtures.file("lender-criteria.json").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path("report/report.html")))
        return try JSONParser().parse(Array(try Data(contentsOf: folder.file("report/report.json"))))
    }

    static func number(_ value: JSONValue?) -> Double { value?.numberValue?.doubleValue ?? .nan }

    @Test func everyFigureOfTheDemoReportIsWhatTheFixturesGiveByHand() throws {
        let report = try Self.demoReport()
        #expect(report["period"]?["from"] == "2026-01-01" && report["period"]?["to"] == "2026-12-31")
        // 2026 raw fibre into dehairing and scouring at the Darkhan plant (kg): BKH 400, GAL 300, OVK 250
        // (cashmere) + 600 (wool), ARK 200 (yak), OMN 180 (camel).
        let total = 400.0 + 300 + 250 + 600 + 200 + 180
        #expect(abs(Self.number(report["fibreProcessed"]?["kilograms"]) - total) < 1e-9)
        let aimags = try #require(report["fibreProcessed"]?["byAimag"]?.arrayValue)
        let expectedAimags: [(String, Double)] = [
            ("Övörkhangai", 850), ("Bayankhongor", 400), ("Govi-Altai", 300), ("Arkhangai", 200), ("Ömnögovi", 180),
        ]
        #expect(aimags.map { $0["aimag"]?.stringValue ?? "" } == expectedAimags.map(\.0))
        for (aimag, (_, kilograms)) in zip(aimags, expectedAimags) {
            #expect(abs(Self.number(aimag["kilograms"]) - kilograms) < 1e-9)
            #expect(abs(Self.number(aimag["value"]) - kilograms / total) < 1e-9)
        }
        // Every lot is commissioned (traced) and cites a certificate valid on its day, held by its group, covering its fibre.
        #expect(abs(Self.number(report["tracedShare"]?["value"]) - 1) < 1e-9)
        #expect(abs(Self.number(report["certifiedShare"]?["value"]) - 1) < 1e-9)
        let schemes = try #require(report["certifiedShare"]?["byScheme"]?.arrayValue)
        let expectedSchemes: [(String, Double)] = [
            ("SFA Cashmere Standard", 950), ("Responsible Wool Standard", 600), ("Organic Content Standard", 380),
        ]
        #expect(schemes.map { $0["scheme"]?.stringValue ?? "" } == expectedSchemes.map(\.0))
        for (scheme, (_, kilograms)) in zip(schemes, expectedSchemes) { #expect(abs(Self.number(scheme["value"]) - kilograms / total) < 1e-9) }
        // Dehaired in May (BKH 400, GAL 300 + OVK 250) and June (ARK 200, OMN 180, wool 600): all certified.
        let months = try #require(report["certifiedShare"]?["byMonth"]?.arrayValue)
        #expect(months.map { $0["month"]?.stringValue ?? "" } == ["2026-05", "2026-06"])
        #expect(months.map { Self.number($0["processedKilograms"]) } == [950, 980])
        #expect(months.map { Self.number($0["value"]) } == [1, 1])
        // Latest assessments by 2026-12-31: OVK I, BKH II, GAL III (2025 over 2024's II), OMN IV; ARK none.
        let classes = try #require(report["recoveryClassShare"]?["byClass"]?.arrayValue)
        let expectedClasses: [(String, Double)] = [("I", 850), ("II", 400), ("III", 300), ("IV", 180), ("not declared", 200)]
        #expect(classes.map { $0["recoveryClass"]?.stringValue ?? "" } == expectedClasses.map(\.0))
        for (entry, (_, kilograms)) in zip(classes, expectedClasses) { #expect(abs(Self.number(entry["value"]) - kilograms / total) < 1e-9) }
        #expect(abs(Self.number(report["primaryDataShare"]?["value"]) - 1) < 1e-9)

        // Greenhouse gases, kg CO2e per kg of dehaired fibre.
        // 2025: BKH 350 × 48 + GAL 280 × 52 + OVK 220 × 30 + OMN 160 × 27, ARK per kg dehaired: 78 × 38;
        // dehairing 5.1 kWh × 1.08 per kg of the 315 + 78 + 104 + 110 kg dehaired.
        let dehaired2025 = 315.0 + 78 + 104 + 110
        let herding2025: Double = 350 * 48 + 280 * 52 + 220 * 30 + 160 * 27 + 78 * 38
        let emissions2025 = herding2025 + dehaired2025 * 5.1 * 1.08
        // 2026: BKH 400 × 36.5 + GAL 300 × 41 + OVK (250 + 600) × 24 + OMN 180 × 22.5, ARK 100 kg dehaired × 33;
        // dehairing 4.3 × 0.97 per kg of 200 + 270 + 100 + 120 kg, scouring 4 × 0.97 per kg of 330 kg of wool.
        let herding2026: Double = 400 * 36.5 + 300 * 41 + 850 * 24 + 180 * 22.5 + 100 * 33
        let processing2026: Double = 690 * 4.3 * 0.97 + 330 * 4 * 0.97
        let emissions2026 = herding2026 + processing2026
        let intensity2025 = emissions2025 / dehaired2025, intensity2026 = emissions2026 / 1020
        let intensity = try #require(report["emissionsIntensity"])
        #expect(Self.number(intensity["baselineYear"]) == 2025 && Self.number(intensity["year"]) == 2026)
        #expect(abs(Self.number(intensity["baseline"]) - intensity2025) < 1e-9)
        #expect(abs(Self.number(intensity["value"]) - intensity2026) < 1e-9)
        #expect(abs(Self.number(intensity["change"]) - (intensity2026 / intensity2025 - 1)) < 1e-9)
        let years = try #require(intensity["byYear"]?.arrayValue)
        #expect(abs(Self.number(years[0]["emissions"]) - emissions2025) < 1e-9 && abs(Self.number(years[1]["emissions"]) - emissions2026) < 1e-9)
        #expect(years[0]["passports"]?.arrayValue?.isEmpty == true)
        #expect(years[1]["passports"]?.arrayValue?.count == 6)
        #expect(years[0]["events"]?.arrayValue?.count == 4 && years[1]["events"]?.arrayValue?.count == 5)

        // 90 days after 2026-12-31 is 2027-03-31: OCS-MN-2026-0133 (2026-12-31), OTX-2026-CN-0017 (2027-02-09), RWS-MN-2026-0126 (2027-02-28).
        #expect(report["expiringCertificates"]?["until"] == "2027-03-31")
        #expect(
            report["expiringCertificates"]?["certificates"]?.arrayValue?.map { $0["number"]?.stringValue ?? "" } == [
                "OCS-MN-2026-0133", "OTX-2026-CN-0017", "RWS-MN-2026-0126",
            ])
        let criteria = try #require(report["criteria"]?.arrayValue)
        #expect(criteria.map { $0["id"]?.stringValue ?? "" } == ["ghg-20", "traced-95", "certified-80", "primary-data-90", "rangeland-80"])
        #expect(criteria.map { $0["met"]?.boolValue } == [intensity2026 / intensity2025 - 1 <= -0.2, true, true, true, true])
        #expect(abs(Self.number(criteria[0]["figure"]) - (intensity2026 / intensity2025 - 1)) < 1e-9)
        // Classes I, II and III: OVK 850, BKH 400 and GAL 300 of the 1,930 kg (80.3%, just above the lender's 80%).
        #expect(abs(Self.number(criteria[4]["figure"]) - (850 + 400 + 300) / total) < 1e-9)
    }

    @Test func theBaselineYearAloneHasNoChangeAndOnlyItsCertifiedGroup() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try DPPProcess.run([
            "report", "--catalog", DemoFixtures.file("catalog.json").path, "--events", DemoFixtures.file("events.jsonld").path,
            "--out", folder.path("r"), "--from", "2025-01-01", "--to", "2025-12-31", "--language", "mn",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONParser().parse(Array(try Data(contentsOf: folder.file("r/report.json"))))
        // 2025: 350 + 280 + 220 + 150 + 160 kg; only HRD-OVK-2025-01 (220 kg, 2025-06-12) cites a certificate, valid from 2025-06-01.
        #expect(abs(Self.number(report["fibreProcessed"]?["kilograms"]) - 1160) < 1e-9)
        #expect(abs(Self.number(report["certifiedShare"]?["value"]) - 220.0 / 1160) < 1e-9)
        #expect(report["emissionsIntensity"]?["change"] == .null)
        let html = String(decoding: try Data(contentsOf: folder.file("r/report.html")), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html><html lang=\"mn\">") && html.contains("Нотолгооны тайлан"))
    }

    @Test(arguments: [
        (#"{"criteria": [{"id": "a", "statement": "s", "metric": "carbonMagic", "atMost": 1}]}"#, "REPORT-CRITERIA-METRIC"),
        (#"{"criteria": [{"id": "a", "statement": "s", "metric": "tracedShare", "atMost": 1, "atLeast": 0}]}"#, "REPORT-CRITERIA-FORMAT"),
        (#"{"criteria": [{"id": "a", "metric": "tracedShare", "atLeast": 0.5}]}"#, "REPORT-CRITERIA-FORMAT"),
        (#"[1, 2]"#, "REPORT-CRITERIA-FORMAT"),
        // A bound beyond a double (infinity when read) stopped the report with a trap.
        (#"{"criteria": [{"id": "a", "statement": "s", "metric": "tracedShare", "atLeast": 1e999}]}"#, "REPORT-CRITERIA-FORMAT"),
        (#"{"criteria": [{"id": "a", "statement": "s", "metric": "tracedShare", "atMost": -1e999}]}"#, "REPORT-CRITERIA-FORMAT"),
        // A percentage for a share, never met; a change below -100%, always met; negative kilograms.
        (
            #"{"criteria": [{"id": "a", "statement": "s", "metric": "tracedShare", "atLeast": 95}]}"#,
            "tracedShare is a share from 0 to 1 (95% is 0.95): 'atLeast' 95"
        ),
        (
            #"{"criteria": [{"id": "a", "statement": "s", "metric": "emissionsIntensityChange", "atLeast": -1.5}]}"#,
            "'atLeast' -1.5 would be met by every figure or by none"
        ),
        (
            #"{"criteria": [{"id": "a", "statement": "s", "metric": "fibreProcessedKilograms", "atMost": -3}]}"#,
            "fibreProcessedKilograms is 0 or more"
        ),
    ])
    func aCriteriaFileThatIsNotTheFormatIsRefusedAndNothingWritten(criteria: String, rule: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("criteria.json", criteria)
        let result = try DPPProcess.run([
            "report", "--catalog", DemoFixtures.file("catalog.json").path, "--events", DemoFixtures.file("events.jsonld").path,
            "--out", folder.path("r"), "--criteria", file,
        ])
        #expect(result.status == 1)
        // A case gives its rule, or for a bound out of its metric's range the message (the rule is REPORT-CRITERIA-FORMAT).
        #expect(result.stderr.contains(rule.hasPrefix("REPORT-") ? "[\(rule)]" : rule), "\(result.stderr)")
        #expect(result.stderr.contains(rule.hasPrefix("REPORT-") ? "[\(rule)]" : "[REPORT-CRITERIA-FORMAT]"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("r/report.json")))
    }
}
