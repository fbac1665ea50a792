import Diagnostics
import Passport
import TestSupport
import Testing

/// The catalogue's herder organisations: read with their sources, sheep units computed only when
/// not declared, and every reference checked.
@Suite struct HerderOrganisationReaderTests {
    static func demo(replacing old: String = "", with new: String = "") throws -> (Catalog?, [Diagnostic]) {
        var text = String(decoding: try DemoFixtures.bytes("catalog.json"), as: UTF8.self)
        if !old.isEmpty {
            #expect(text.contains(old), "the demo catalogue has no \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let sink = DiagnosticSink()
        let catalog = CatalogReader.read(Array(text.utf8), file: "catalog.json", sink: sink)
        return (catalog, sink.diagnostics)
    }

    @Test func theDemoGroupsAreReadWithTheirEvidence() throws {
        let (read, diagnostics) = try Self.demo()
        let catalog = try #require(read)
        #expect(diagnostics.isEmpty)
        #expect(catalog.herderOrganisations.count == 5)
        let bayanUul = try #require(catalog.herderOrganisation("https://id.gs1.org/417/9521234001027"))
        #expect(bayanUul.facility == "https://id.gs1.org/414/9521234001027")
        #expect(bayanUul.identifiers.map(\.scheme) == ["MNFPUG", "Responsible Nomads"])
        #expect(bayanUul.households?.value == 34)
        #expect(bayanUul.households?.source == ValueSource(source: "Demo data: cooperative member list", date: CalendarDate("2026-01-10")!))
        #expect(bayanUul.pastureUserGroup?.agreement?.soum == "Bayan-Ovoo")
        #expect(bayanUul.pastureUserGroup?.agreement?.validUntil == CalendarDate("2029-03-31"))
        // Goats: 5,820 head x 0.9 = 5,238 sheep units, computed (the census declares none).
        let goats = try #require(bayanUul.herd.first { $0.species == .goat })
        #expect(goats.head == 5820 && goats.sheepUnits == 5238 && goats.isSheepUnitsComputed)
        // The whole herd: 5,238 + 3,140 + 410 x 7 + 260 x 6 + 35 x 5 = 12,983, the stocking its report states.
        #expect(bayanUul.herd.map(\.sheepUnits).reduce(0, +) == 12983)
        #expect(bayanUul.latestAssessment?.stockingRate == 12983)
        #expect(bayanUul.welfareAudits.map(\.result) == ["passed"])
        // The yak herders have no monitoring report: none is made up.
        let tsagaanNuur = try #require(catalog.herderOrganisation("https://id.gs1.org/417/9521234001331"))
        #expect(tsagaanNuur.rangelandMonitoring.isEmpty && tsagaanNuur.latestAssessment == nil)
        #expect(tsagaanNuur.pastureUserGroup?.agreement == nil)
        // The classes of the latest reports: II, III, I, none, IV (the scale's V has no demo group).
        #expect(catalog.herderOrganisations.map { $0.latestAssessment?.recoveryClass } == [.ii, .iii, .i, nil, .iv])
    }

    @Test func declaredSheepUnitsAreKeptAndMarkedDeclared() throws {
        let (read, _) = try Self.demo()
        let orkhon = try #require(read?.herderOrganisation("https://id.gs1.org/417/9521234001263"))
        let horses = try #require(orkhon.herd.first { $0.species == .horse })
        #expect(horses.declaredSheepUnits == 3640 && !horses.isSheepUnitsComputed)
        let declared = HerdCount(species: .goat, head: 10, declaredSheepUnits: 8, source: horses.source)
        #expect(declared.sheepUnits == 8)
        #expect(HerdCount(species: .camel, head: 3, source: horses.source).sheepUnits == 15)
    }

    @Test func theLatestAssessmentIsTheLatestByDateWhateverTheOrder() throws {
        let (read, _) = try Self.demo()
        let altaiOvoo = try #require(read?.herderOrganisation("https://id.gs1.org/417/9521234001195"))
        #expect(altaiOvoo.rangelandMonitoring.map(\.recoveryClass) == [.ii, .iii])
        #expect(altaiOvoo.latestAssessment?.date == CalendarDate("2025-08-21"))
        var reversed = altaiOvoo
        reversed.rangelandMonitoring.reverse()
        #expect(reversed.latestAssessment?.recoveryClass == .iii)
        #expect(altaiOvoo.latestAssessment?.ndviAnomaly == nil)
    }

    /// Each case: the edit, the pointer of the first diagnostic, and how many there are (a party
    /// changed also makes its certificates another party's).
    @Test(arguments: [
        (
            "\"party\": \"https://id.gs1.org/417/9521234001027\",", "\"party\": \"https://id.gs1.org/417/9521234009999\",",
            "/herderOrganisations/0/party", 3
        ),
        (
            "\"facility\": \"https://id.gs1.org/414/9521234001027\",", "\"facility\": \"https://id.gs1.org/414/9521234009999\",",
            "/herderOrganisations/0/facility", 1
        ),
        (
            "\"https://certs.example.org/ocs/OCS-MN-2026-0140\"\n      ]", "\"https://certs.example.org/ocs/OCS-MN-2099-0000\"\n      ]",
            "/herderOrganisations/4/certificates/0", 1
        ),
        (
            "\"https://certs.example.org/sfa/SFA-MN-2026-0119\"\n      ]", "\"https://certs.example.org/sfa/SFA-MN-2026-0102\"\n      ]",
            "/herderOrganisations/1/certificates/0", 1
        ),
        (
            "\"party\": \"https://id.gs1.org/417/9521234001195\",", "\"party\": \"https://id.gs1.org/417/9521234001027\",",
            "/herderOrganisations/1/party", 2
        ),
    ])
    func anUnknownOrForeignReferenceIsAnErrorAtItsPointer(old: String, new: String, pointer: String, count: Int) throws {
        let (catalog, diagnostics) = try Self.demo(replacing: old, with: new)
        #expect(catalog == nil)
        #expect(diagnostics.map(\.ruleID) == Array(repeating: "CATALOG-HERDER-REFERENCE", count: count))
        #expect(diagnostics.first?.location == SourceLocation(file: "catalog.json", pointer: pointer))
    }

    @Test(arguments: [
        (
            "\"species\": \"goat\",\n          \"head\": 5820,", "\"species\": \"yak\",\n          \"head\": 5820,",
            "/herderOrganisations/0/herd/0/species"
        ),
        ("\"head\": 5820,", "\"head\": 5820.5,", "/herderOrganisations/0/herd/0/head"),
        ("\"count\": 34,", "\"count\": -1,", "/herderOrganisations/0/households/count"),
        (
            "\"recoveryClass\": \"II\",\n          \"stockingRate\": 12983", "\"recoveryClass\": \"VI\",\n          \"stockingRate\": 12983",
            "/herderOrganisations/0/rangelandMonitoring/0/recoveryClass"
        ),
        ("\"validUntil\": \"2029-03-31\"", "\"validUntil\": \"2024-03-31\"", "/herderOrganisations/0/pastureUserGroup/agreement/validUntil"),
    ])
    func aValueOutsideItsListOrRangeIsAnError(old: String, new: String, pointer: String) throws {
        let (catalog, diagnostics) = try Self.demo(replacing: old, with: new)
        #expect(catalog == nil)
        #expect(diagnostics.map(\.ruleID) == ["CATALOG-HERDER-VALUE"])
        #expect(diagnostics.first?.location == SourceLocation(file: "catalog.json", pointer: pointer))
    }

    @Test func aValueWithoutItsSourceOrDateIsMissing() throws {
        let (catalog, diagnostics) = try Self.demo(
            replacing: "\"count\": 34,\n        \"source\": \"Demo data: cooperative member list\",", with: "\"count\": 34,")
        #expect(catalog == nil)
        #expect(diagnostics.map(\.ruleID) == ["CATALOG-MISSING-FIELD"])
        #expect(diagnostics.first?.location.pointer == "/herderOrganisations/0/households/source")
    }
}
