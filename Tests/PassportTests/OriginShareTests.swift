import Passport
import TestSupport
import Testing

/// The origin shares of every demo passport, against values computed by hand from the
/// quantities in `Fixtures/tools/make-demo-fixtures.py`.
@Suite struct OriginShareTests {
    // Dehaired lots, from their herder lots (kg of raw fibre in):
    //   DH-C-2026-01 = HRD-BKH 400                      -> BKH 1
    //   DH-C-2026-02 = HRD-GAL 300 + HRD-OVK 250 (550)  -> GAL 300/550, OVK 250/550
    //   DH-Y-2026-01 = HRD-ARK-Y1 200 (yak); DH-CA-2026-01 = HRD-OMN-C1 180 (camel);
    //   SC-W-2026-01 = HRD-OVK-W1 600 (wool)
    // Yarn lots, from dehaired lots (kg in):
    //   YRN-C-2026-01  = DH-C-01 150 + DH-C-02 150 (300)
    //   YRN-C-2026-02  = DH-C-02 40
    //   YRN-CY-2026-01 = DH-C-02 70 + DH-Y-01 30 (100)
    //   YRN-CA-2026-01 = DH-CA-01 100
    //   YRN-WC-2026-01 = SC-W-01 140 + DH-C-01 50 + DH-C-02 10 (200)
    static let gal = 300.0 / 550, ovk = 250.0 / 550

    static let expected: [String: [String: Double]] = [
        // Knitted from YRN-C-2026-01 only.
        "KC-SW-2026-001": ["HRD-BKH-2026-01": 0.5, "HRD-GAL-2026-01": 0.5 * gal, "HRD-OVK-2026-01": 0.5 * ovk],
        // From YRN-C-2026-02, all DH-C-2026-02.
        "KC-SW-2026-002": ["HRD-GAL-2026-01": gal, "HRD-OVK-2026-01": ovk],
        // From YRN-CY-2026-01: 70% DH-C-02, 30% yak.
        "KC-SC-2026-001": ["HRD-GAL-2026-01": 0.7 * gal, "HRD-OVK-2026-01": 0.7 * ovk, "HRD-ARK-2026-Y1": 0.3],
        // 12 kg YRN-C-2026-01 + 3 kg silk: 80% / 20%.
        "KC-BN-2026-001": [
            "HRD-BKH-2026-01": 0.8 * 0.5, "HRD-GAL-2026-01": 0.8 * 0.5 * gal, "HRD-OVK-2026-01": 0.8 * 0.5 * ovk,
            "SLK-2026-0457": 0.2,
        ],
        "KC-CT-2026-001": ["HRD-OMN-2026-C1": 1],
        // YRN-WC-2026-01: 70% wool, 25% DH-C-01, 5% DH-C-02.
        "KC-WC-2026-001": [
            "HRD-OVK-2026-W1": 0.7, "HRD-BKH-2026-01": 0.25, "HRD-GAL-2026-01": 0.05 * gal,
            "HRD-OVK-2026-01": 0.05 * ovk,
        ],
    ]

    @Test func everyLotHasTheHandComputedShares() throws {
        let generator = PassportGenerator(
            catalog: try DemoFixtures.catalog(), graph: try DemoFixtures.graph(),
            baseURL: "https://dpp.example.com")
        let outputs = generator.assembleAll().compactMap(\.assembled)
        #expect(Set(outputs.compactMap(\.passport.lot)) == Set(Self.expected.keys))
        for output in outputs {
            let expected = try #require(Self.expected[output.passport.lot ?? ""])
            var actual: [String: Double] = [:]
            for origin in output.passport.origins {
                let lotNumber = String(try #require(origin.lotID).split(separator: "/").last!)
                actual[lotNumber, default: 0] += try #require(origin.massFraction)
            }
            #expect(Set(actual.keys) == Set(expected.keys), "origin lots of \(output.passport.lot ?? "?")")
            for (lot, share) in expected {
                // The passport states its shares to 6 decimals.
                #expect(abs((actual[lot] ?? -1) - share) < 1e-6, "share of \(lot) in \(output.passport.lot ?? "?")")
            }
            #expect(abs((output.passport.tracedMassFraction ?? 0) - 1) < 1e-9)
        }
    }

    @Test func theJSONLDSharesAreRoundedToSixDecimals() throws {
        let generator = PassportGenerator(
            catalog: try DemoFixtures.catalog(), graph: try DemoFixtures.graph(),
            baseURL: "https://dpp.example.com")
        let beanie = try #require(generator.assembleAll().compactMap(\.assembled).first { $0.passport.lot == "KC-BN-2026-001" })
        let shares = beanie.document["credentialSubject"]?["materialProvenance"]?.arrayValue?.compactMap {
            $0["massFraction"]?.numberValue?.description
        }
        // 0.8 × 0.5 × 300/550 = 0.2181818… and 0.8 × 0.5 × 250/550 = 0.1818181…
        #expect(Set(shares ?? []) == ["0.4", "0.218182", "0.2", "0.181818"])
    }
}
