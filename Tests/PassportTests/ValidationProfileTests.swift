import JSONCore
import Passport
import Testing

/// Profiles: the built-in files, a buyer's own, and the mistakes a profile file can hold.
@Suite struct ValidationProfileTests {
    @Test func theBuiltInProfilesNameTheirSchemaAndPacks() throws {
        let eu = try ValidationProfile.builtIn("eu-textile")
        #expect(eu.schemas == .byVersion([.v061: "textile-passport.schema.json", .v070: "textile-passport-0.7.0.schema.json"]))
        #expect(eu.packs.map(\.id) == ["core", "eu-textile-labelling", "espr-data", "certificates-claims", "identifiers", "traceability"])
        let us = try ValidationProfile.builtIn("us-cashmere")
        #expect(us.packs.map(\.id) == eu.packs.map(\.id) + ["us-cashmere"])
        let untp = try ValidationProfile.builtIn("untp")
        #expect(untp.schemas == .byVersion([.v061: "untp-dpp-envelope.schema.json", .v070: "untp-dpp-envelope-0.7.0.schema.json"]))
        #expect(untp.packs.isEmpty)
    }

    @Test func theEUProfileFileStatesTheDefaultsThatGenerateUses() throws {
        // `dpp generate` checks with the default thresholds; the eu-textile file must say the same.
        #expect(try ValidationProfile.builtIn("eu-textile").thresholds == ProfileThresholds())
        #expect(ProfileThresholds().minimumTracedMassFraction == 0.95)
        #expect(ProfileThresholds().commodityCodePrefixes.first == "50" && ProfileThresholds().commodityCodePrefixes.contains("63"))
    }

    @Test func aBuyerProfileOverridesOnlyWhatItNames() throws {
        let profile = try ValidationProfile(document: [
            "name": "buyer", "rulePacks": ["traceability"],
            "thresholds": ["minimumTracedMassFraction": 0.8, "euBound": false],
        ])
        #expect(profile.thresholds.minimumTracedMassFraction == 0.8)
        #expect(profile.thresholds.euBound == false)
        #expect(profile.thresholds.extraneousFibreTolerancePercent == 2)
        #expect(profile.rules.map(\.id) == ["TRACE-SHARE-MISSING", "TRACE-COVERAGE", "TRACE-VERIFIED-RATIO", "TRACE-ORIGIN-FIBRE"])
    }

    @Test(arguments: [
        (["name": "x", "rulePacks": ["nope"]] as JSONValue, "/rulePacks/0"),
        (["name": "x", "rulePacks": [], "thresholds": ["cashmereMaxMeanDiameter": "19"]] as JSONValue, "/thresholds/cashmereMaxMeanDiameter"),
        (["name": "x", "rulePacks": [], "packs": []] as JSONValue, "/packs"),
        (["name": "x"] as JSONValue, "/rulePacks"),
        (["name": "x", "rulePacks": [], "schema": 3] as JSONValue, "/schema"),
        (["name": "x", "rulePacks": [], "schemas": ["0.5.0": "a.json"]] as JSONValue, "/schemas/0.5.0"),
        (["name": "x", "rulePacks": [], "schemas": ["0.7.0": 1]] as JSONValue, "/schemas/0.7.0"),
        (["name": "x", "rulePacks": [], "schema": "a.json", "schemas": [:]] as JSONValue, "/schemas"),
        (["rulePacks": []] as JSONValue, "/name"),
    ])
    func aMistakeInAProfileIsReportedAtItsPointer(document: JSONValue, pointer: String) {
        #expect(throws: ProfileError.self) { try ValidationProfile(document: document) }
        do {
            _ = try ValidationProfile(document: document)
        } catch {
            #expect(error.pointer?.description == pointer, "\(error.message)")
        }
    }

    @Test func anUnknownBuiltInNameListsTheKnownOnes() {
        do {
            _ = try ValidationProfile.builtIn("eu")
            Issue.record("'eu' loaded")
        } catch {
            #expect(error.message.contains("eu-textile, untp, us-cashmere"))
        }
    }

    @Test func aProfileNamingAnUnknownBuiltInSchemaCannotMakeACheck() throws {
        let profile = try ValidationProfile(document: ["name": "x", "rulePacks": [], "schema": "absent.schema.json"])
        #expect(throws: ProfileError.self) { try PassportCheck(profile: profile) }
    }
}
