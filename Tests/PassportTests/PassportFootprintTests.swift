import JSONCore
import TestSupport
import Testing

@testable import Passport

/// The footprint each demo passport states, where UNTP puts emissions in each version, in the
/// facility records of the places that declare them, and the rule that an emissions claim
/// states its method. Expected figures are the hand sums of ``FootprintCalculatorTests``.
@Suite struct PassportFootprintTests {
    static let sweater = "KC-SW-2026-001"
    /// The sweater's footprint per item, summed by hand: 280 sweaters of 300 g from 90 kg of yarn.
    static let sweaterPerItem: Double = {
        let yarn = 90.0 / 280
        let dehaired = yarn * 150 / 285
        let herding = dehaired * 400 / 200 * 36.5 + dehaired * 300 / 270 * 41 + dehaired * 250 / 270 * 24
        return herding + 0.3 * FootprintCalculatorTests.knitting + yarn * FootprintCalculatorTests.spinning + 2 * dehaired
            * FootprintCalculatorTests.dehairing
    }()

    static func assembled(_ lot: String, _ version: UNTPVersion) throws -> AssembledPassport {
        let generator = PassportGenerator(
            catalog: try DemoFixtures.catalog(), graph: try DemoFixtures.graph(), baseURL: DemoFixtures.baseURL, version: version)
        return try #require(generator.assembleAll().compactMap(\.assembled).first { $0.passport.lot == lot })
    }

    @Test func theSweatersPassportStatesItsFootprintPerItemAndPerKgWithItsStages() throws {
        let footprint = try #require(try Self.assembled(Self.sweater, .v070).passport.footprint)
        #expect(abs(footprint.carbonFootprint! - Self.sweaterPerItem) <= 5e-7)
        #expect(abs(footprint.perKilogram! - Self.sweaterPerItem / 0.3) <= 5e-7)
        #expect(footprint.declaredUnit == "H87" && footprint.operationalScope == "CradleToGate")
        #expect(footprint.primarySourcedRatio == 1)
        #expect(footprint.stages.map(\.stage) == ["herding", "herding", "herding", "dehairing", "spinning", "knitting"])
        #expect(footprint.stages.map(\.intensityDeclared) == [true, true, true, false, false, false])
        #expect(
            footprint.stages.allSatisfy { !($0.method ?? "").isEmpty && $0.facilityRecord?.hasPrefix(DemoFixtures.baseURL + "/facilities/") == true })
        #expect(footprint.undeclaredSteps.isEmpty)
    }

    @Test func theBeaniesSilkLowersThePrimaryShareAndItsSupplierIsNoStage() throws {
        let footprint = try #require(try Self.assembled("KC-BN-2026-001", .v070).passport.footprint)
        // 140 beanies from 12 kg of cashmere yarn (raw fibre per kg of yarn as in FootprintCalculatorTests) and 3 kg of silk.
        let yarn = 12.0 / 140, silk = 3.0 / 140
        let dehaired = yarn * 150 / 285
        let raw = dehaired * 400 / 200 + dehaired * (300 + 250) / 270
        #expect(abs(footprint.primarySourcedRatio! - raw / (raw + silk)) <= 5e-7)
        #expect(!footprint.stages.contains { $0.facility == "https://id.gs1.org/414/9524321000170" })
    }

    @Test func version061WritesUNTPsEmissionsScorecard() throws {
        let document = try Self.assembled(Self.sweater, .v061).document
        let scorecard = try #require(document["credentialSubject"]?["emissionsScorecard"])
        #expect(scorecard["type"] == nil)
        #expect(abs((scorecard["carbonFootprint"]?.numberValue?.doubleValue ?? 0) - Self.sweaterPerItem) <= 5e-7)
        #expect(scorecard["declaredUnit"] == "H87" && scorecard["operationalScope"] == "CradleToGate" && scorecard["primarySourcedRatio"] == 1)
        #expect(scorecard["footprintStages"]?.arrayValue?.count == 6)
    }

    @Test func version070StatesItAsAPerformanceClaimBesideTheDeclarationsOfConformity() throws {
        let assembled = try Self.assembled(Self.sweater, .v070)
        let claims = try #require(assembled.document["credentialSubject"]?["performanceClaim"]?.arrayValue)
        #expect(claims.count == assembled.passport.conformityClaims.count + 1)
        let claim = try #require(claims.last)
        #expect(claim["id"]?.stringValue?.hasSuffix("/10/KC-SW-2026-001/passport.jsonld#footprint") == true)
        #expect(claim["claimDate"] == "2026-08-03")
        let performance = try #require(claim["claimedPerformance"]?.arrayValue)
        #expect(
            performance.map { $0["metric"]?["id"]?.stringValue ?? "" } == [
                "https://vocabulary.uncefact.org/performance-metrics/product-carbon-footprint",
                "https://vocabulary.uncefact.org/performance-metrics/ghg-emissions-intensity",
            ])
        #expect(abs((performance[0]["measure"]?["value"]?.numberValue?.doubleValue ?? 0) - Self.sweaterPerItem) <= 5e-7)
        #expect(performance.allSatisfy { $0["measure"]?["unit"] == "KGM" })
        #expect(claim["conformityTopic"]?[0]?["id"] == "https://vocabulary.uncefact.org/conformity-topics/greenhouse-gas-emissions")
        // Its evidence: the records of the six places whose declarations it uses, each once.
        let evidence = claim["evidence"]?.arrayValue?.compactMap { $0["linkURL"]?.stringValue } ?? []
        #expect(evidence.count == 6 && Set(evidence).count == 6)
        // Read back, the claim is not taken for a declaration of conformity.
        #expect(UNTPVersion.v070.view.decode(assembled.document).conformityClaims == assembled.passport.conformityClaims)
    }

    @Test func withoutDeclarationsThePassportHasNoFootprintNotAZeroOne() throws {
        var catalog = try DemoFixtures.catalog()
        catalog.emissions = []
        let generator = PassportGenerator(catalog: catalog, graph: try DemoFixtures.graph(), baseURL: DemoFixtures.baseURL, version: .v070)
        let assembled = try #require(generator.assembleAll().compactMap(\.assembled).first { $0.passport.lot == Self.sweater })
        #expect(assembled.passport.footprint == nil)
        #expect(assembled.document["credentialSubject"]?["characteristics"]?["productFootprint"] == nil)
        let claims = assembled.document["credentialSubject"]?["performanceClaim"]?.arrayValue ?? []
        #expect(claims.count == assembled.passport.conformityClaims.count)
        #expect(claims.allSatisfy { !UNTP070DocumentView.isFootprintClaim(JSONTapeValue(root: JSONTape($0))) })
    }

    @Test func aHerderPlacesRecordClaimsEachYearsDeclaredIntensity() throws {
        let records = try FacilityRecordsTests.records().records
        let bayanUul = try #require(records.first { $0.gln == "9521234001027" })
        let claims = FacilityRecordDocument.encode(bayanUul)["credentialSubject"]?["performanceClaim"]?.arrayValue ?? []
        let emissions = claims.filter { $0["id"]?.stringValue?.contains("#emissions-") == true }
        // The demo catalogue declares Bayan-Uul's herding at 48 (2025) and 36.5 (2026) kg CO2e per kg of raw fibre.
        #expect(
            emissions.map { $0["name"]?.stringValue ?? "" } == [
                "Greenhouse-gas intensity of herding, 2025", "Greenhouse-gas intensity of herding, 2026",
            ])
        #expect(emissions.map { $0["claimedPerformance"]?[0]?["measure"]?["value"]?.numberValue?.doubleValue } == [48, 36.5])
        #expect(emissions[1]["applicablePeriod"] == ["startDate": "2026-01-01", "endDate": "2026-12-31"])
        #expect(emissions[1]["description"]?.stringValue?.hasPrefix("36.5 kg CO2e per kg of raw fibre, declared; method: IPCC 2019") == true)
    }

    @Test func aMillsRecordStatesItsIntensityAsComputedFromEnergyAndFactor() throws {
        let records = try FacilityRecordsTests.records().records
        let plant = try #require(records.first { $0.gln == "9521234000273" })
        let claims = FacilityRecordDocument.encode(plant)["credentialSubject"]?["performanceClaim"]?.arrayValue ?? []
        let dehairing = try #require(claims.first { $0["id"]?.stringValue?.hasSuffix("#emissions-2026-dehairing") == true })
        // 4.3 kWh per kg at 0.97 kg CO2e per kWh.
        #expect(dehairing["claimedPerformance"]?[0]?["measure"]?["value"]?.numberValue?.doubleValue == 4.171)
        #expect(
            dehairing["description"]?.stringValue?.hasPrefix(
                "4.3 kWh per kg of output at 0.97 kg CO2e per kWh: 4.171 kg CO2e per kg of output, computed") == true)
        #expect(claims.contains { $0["id"]?.stringValue?.hasSuffix("#emissions-2026-scouring-and-combing") == true })
    }

    /// The claims pack's CLAIM-EMISSIONS-METHOD findings on the demo passport of `lot` with `edits`.
    static func emissionsFindings(_ lot: String, _ edits: [(String, JSONValue)]) throws -> [String] {
        PassportCheck(rules: CertificateClaimRules.pack.rules)
            .run(try RulePackTests.edited(lot, edits), file: "p.jsonld", context: CheckContext(date: CalendarDate("2026-09-01")!))
            .filter { $0.ruleID == "CLAIM-EMISSIONS-METHOD" }.map { $0.location.pointer ?? "" }
    }

    static let claimText = "/credentialSubject/productClaims/0/claimText"
    static let scorecard = "/credentialSubject/emissionsScorecard"

    @Test(arguments: [
        RulePackTests.Case(label: "the demo sweater", lot: sweater, edits: [], expected: []),
        RulePackTests.Case(label: "a carbon claim with the footprint", lot: sweater, edits: [(claimText, "Low-carbon cashmere")], expected: []),
        RulePackTests.Case(
            label: "a carbon claim without a footprint", lot: sweater, edits: [(claimText, "Low-carbon cashmere"), (scorecard, .null)],
            expected: [claimText]),
        RulePackTests.Case(
            label: "a CO2 claim without a footprint", lot: sweater, edits: [(claimText, "30% less CO2e than in 2025"), (scorecard, .null)],
            expected: [claimText]),
        RulePackTests.Case(
            label: "a claim that is not about emissions", lot: sweater, edits: [(claimText, "Hand-finished"), (scorecard, .null)], expected: []),
        RulePackTests.Case(
            label: "a stage without its method", lot: sweater, edits: [("\(scorecard)/footprintStages/4/emissionsMethod", " ")],
            expected: ["\(scorecard)/footprintStages/4/emissionsMethod"]),
    ])
    func anEmissionsClaimNeedsAFootprintWithItsMethods(_ testCase: RulePackTests.Case) throws {
        #expect(try Self.emissionsFindings(testCase.lot, testCase.edits) == testCase.expected)
    }
}
