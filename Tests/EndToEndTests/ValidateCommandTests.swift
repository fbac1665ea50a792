import Foundation
import JSONCore
import TestSupport
import Testing

/// `dpp validate` run as an exporter would: profiles, folders, the summary by rule, exit codes,
/// a buyer's own profile, and inputs that cannot be read.
@Suite struct ValidateCommandTests {
    static let invalid = PackageFolders.invalidFixtures
    static let untpSamples = [
        "spec-untp-v0.6.1/data-models/untp-dpp/artefacts/untp-dpp-instance.json",
        "tests-untp/packages/untp-test-suite-mocha/example-credentials/UNTP/product-passport-simple.json",
        "spec-untp-v0.7.0/artefacts/samples/v0.7.0/dpp/DigitalProductPassport_instance.json",
        "spec-untp-v0.7.0/artefacts/samples/v0.7.0/dpp/DigitalProductPassport_battery_instance.json",
        "spec-untp-v0.7.0/artefacts/samples/v0.7.0/dpp/DigitalProductPassport_cathode_instance.json",
    ]

    static func validate(_ arguments: [String], input: ChildProcess.Input = .bytes(Data())) throws -> ChildProcess.Result {
        try DPPProcess.run(["validate", "--at", "2026-09-01"] + arguments, input: input)
    }

    /// The `summary` of a JSON report.
    static func summary(_ result: ChildProcess.Result) throws -> JSONValue {
        try #require(try JSONParser().parse(Array(result.stdout.utf8))["summary"])
    }

    /// The fixtures (path without extension, rule) of `Fixtures/invalid/` (UNTP 0.7.0) and of its
    /// `untp-0.6.1/` (the same defects in 0.6.1 passports).
    static func fixtures() throws -> [(name: String, rule: String)] {
        try [invalid, PackageFolders.invalidFixtures061].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".rule") }.sorted().map { file in
                (
                    folder.appendingPathComponent(String(file.dropLast(5))).path,
                    try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
                )
            }
        }
    }

    @Test func theDemoSiteIsValidUnderEveryProfile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try DPPProcess.run(["demo", "--out", folder.path("site")]).status == 0)
        for profile in ["eu-textile", "untp", "us-cashmere"] {
            let result = try Self.validate([folder.path("site"), "--profile", profile, "--format", "json"])
            #expect(result.status == 0, "\(profile): \(result.stdout)")
            let summary = try Self.summary(result)
            // Six passports; the context under contexts/ and the facility records under facilities/ are no passports and are skipped.
            #expect(summary["files"] == 6 && summary["valid"] == 6, "\(profile)")
            #expect(summary["profile"]?.stringValue == profile)
        }
    }

    @Test(.requiring(.untp, otherwise: "the UNTP 0.6.1 and 0.7.0 samples are not checked"))
    func theUNTPSamplePassportsPassTheUNTPProfile() throws {
        let paths = Self.untpSamples.map { ReferenceFolder.untp.file($0).path }
        let result = try Self.validate(["--profile", "untp"] + paths)
        #expect(result.status == 0, "\(result.stdout)")
        // Two 0.6.1 and three 0.7.0 passports, each checked against its version's envelope.
        #expect(result.stdout.contains("5 file(s) checked against profile untp: 5 valid, 0 invalid"))
    }

    @Test(.requiring(.untp, otherwise: "the UNTP samples are not checked against eu-textile"))
    func theUNTPSamplesAreNotTextilePassports() throws {
        // The UNTP samples carry no fibre composition, origins or importer: eu-textile refuses them.
        let paths = Self.untpSamples.map { ReferenceFolder.untp.file($0).path }
        let result = try Self.validate(["--profile", "eu-textile"] + paths)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[SCHEMA-REQUIRED]"))
    }

    @Test func eachInvalidFixtureFailsWithItsRuleThroughTheCommand() throws {
        for (name, rule) in try Self.fixtures() {
            let profile =
                rule.hasPrefix("US-CASHMERE-") ? "us-cashmere" : Self.responsibleNomadsRules.contains(rule) ? "responsible-nomads" : "eu-textile"
            let result = try Self.validate([name + ".jsonld", "--profile", profile, "--format", "json"])
            #expect(result.status == 1, "\(name)")
            let errors = try Self.summary(result)["errors"]?.objectValue?.keys ?? []
            #expect(errors == [rule], "\(name): \(errors)")
        }
    }

    /// The rules of the responsible-nomads pack, whose fixtures are meant for that profile.
    static let responsibleNomadsRules: Set<String> = ["RN-CERTIFIED-SHARE", "RN-MONITORING-AGE", "CERT-ORIGIN-HOLDER"]

    @Test func theFolderReportEndsWithASummaryByRule() throws {
        let fixtures = try Self.fixtures()
        // A buyer's profile with every pack, the responsible-nomads figures, so that every fixture breaks a rule of it.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let profile = try folder.write(
            "every-pack.json",
            #"{"name": "every-pack", "schemas": {"0.6.1": "textile-passport.schema.json", "0.7.0": "textile-passport-0.7.0.schema.json"}, "rulePacks": ["core", "eu-textile-labelling", "espr-data", "certificates-claims", "identifiers", "traceability", "us-cashmere", "responsible-nomads"], "thresholds": {"responsibleNomadsMinimumFraction": 0.9}}"#
        )
        let result = try Self.validate([Self.invalid.path, "--profile", profile])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains("\(fixtures.count) file(s) checked against profile every-pack: 0 valid, \(fixtures.count) invalid"),
            "\(result.stdout.suffix(3000))")
        let summary = try #require(result.stdout.components(separatedBy: "Errors by rule:\n").last)
        var expected: [String: Int] = [:]
        for (_, rule) in fixtures { expected[rule, default: 0] += 1 }
        // certificate-holder-outside-trace's outsider holds the certificate its origin cites, so
        // CERT-ORIGIN-HOLDER finds it too, in each version.
        expected["CERT-ORIGIN-HOLDER", default: 0] += 2
        // The folder and its untp-0.6.1/ are read. One line per rule raised, each counting its
        // diagnostics: one per fixture, in each version.
        let lines = summary.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.count == expected.count)
        for (rule, count) in expected {
            #expect(lines.contains("\(rule): \(count)"), "\(rule): \(count)")
        }
    }

    @Test func theReportIsTheSameWhateverTheNumberOfJobs() throws {
        let one = try Self.validate([Self.invalid.path, "--format", "json", "--jobs", "1"])
        let three = try Self.validate([Self.invalid.path, "--format", "json", "--jobs", "3"])
        #expect(one.status == 1 && three.status == 1)
        #expect(one.stdout == three.stdout)
        #expect(try Self.validate([Self.invalid.path, "--jobs", "0"]).status == 2)
    }

    @Test func aBuyersProfileSetsItsOwnThreshold() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fixture = Self.invalid.appendingPathComponent("traced-share-below-95.jsonld").path
        let profile = try folder.write(
            "buyer.json",
            """
            {"name": "buyer", "schemas": {"0.7.0": "textile-passport-0.7.0.schema.json"}, "rulePacks": ["core", "traceability"],
             "thresholds": {"minimumTracedMassFraction": 0.85}}
            """)
        #expect(try Self.validate([fixture, "--profile", profile]).status == 0)
        let strict = try folder.write(
            "strict.json",
            """
            {"name": "strict", "schema": null, "rulePacks": ["traceability"], "thresholds": {"minimumTracedMassFraction": 0.99}}
            """)
        let result = try Self.validate([fixture, "--profile", strict])
        #expect(result.status == 1)
        #expect(result.stdout.contains("[TRACE-COVERAGE]") && result.stdout.contains("99%"))
    }

    @Test func aProfileMayNameASchemaBesideIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("needs-name.schema.json", #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "required": ["nickname"]}"#)
        let profile = try folder.write("p.json", #"{"name": "p", "schema": "needs-name.schema.json", "rulePacks": []}"#)
        let fixture = Self.invalid.appendingPathComponent("composition-sum.jsonld").path
        let result = try Self.validate([fixture, "--profile", profile])
        #expect(result.status == 1)
        #expect(result.stdout.contains("nickname") && result.stdout.contains("[SCHEMA-REQUIRED]"))
        #expect(!result.stdout.contains("TXT-COMPOSITION-SUM"))
        // The same schema file given directly is a schema-only profile.
        let direct = try Self.validate([fixture, "--profile", folder.path("needs-name.schema.json")])
        #expect(direct.status == 1 && direct.stdout.contains("[SCHEMA-REQUIRED]"))
    }

    @Test(arguments: [
        (#"{"name": "x", "rulePacks": ["eu-labelling"]}"#, "unknown rule pack"),
        (#"{"name": "x", "rulePacks": [], "thresholds": {"minimumTraced": 0.9}}"#, "unknown threshold 'minimumTraced'"),
        (#"{"name": "x", "rulePacks": [], "thresholds": {"euBound": "yes"}}"#, "'euBound' must be true or false"),
        // A percentage where a fraction is asked for, no limit written as a huge number, a negative tolerance.
        (
            #"{"name": "x", "rulePacks": [], "thresholds": {"minimumTracedMassFraction": 95}}"#,
            "'minimumTracedMassFraction' must be a fraction from 0 to 1, not 95"
        ),
        (
            #"{"name": "x", "rulePacks": [], "thresholds": {"otherFibresMaxPercent": 1e999}}"#,
            "'otherFibresMaxPercent' must be a percentage from 0 to 100, not 1e+999"
        ),
        (#"{"name": "x", "rulePacks": [], "thresholds": {"extraneousFibreTolerancePercent": -2}}"#, "must be a percentage from 0 to 100, not -2"),
        (#"{"name": "x", "rulePacks": [], "thresholds": {"rangelandMonitoringMaxAgeDays": 1e6}}"#, "must be days from 0 to 36,500, not 1000000"),
        (#"{"name": "x", "rulePacks": [], "schema": "missing.schema.json"}"#, "missing.schema.json"),
        (#"{"rulePacks": []}"#, "needs a 'name'"),
        (#"{"name": "x", "rulePacks": [], "#, "not valid JSON"),
    ])
    func anUnusableProfileIsAUsageError(profile: String, message: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("profile.json", profile)
        let result = try Self.validate([Self.invalid.appendingPathComponent("composition-sum.jsonld").path, "--profile", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnknownProfileNameIsAUsageError() throws {
        let result = try Self.validate(["x.jsonld", "--profile", "eu-textiles"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("eu-textile, untp, us-cashmere"))
    }

    @Test func unreadableInputsExitTwoAndTheOthersAreStillChecked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let truncated = try folder.write("truncated.jsonld", #"{"@context": ["https://www.w3.org/ns/credentials/v2", "#)
        let fixture = Self.invalid.appendingPathComponent("care-missing.jsonld").path
        let result = try Self.validate([truncated, folder.path("absent.jsonld"), fixture])
        #expect(result.status == 2)
        #expect(result.stdout.contains("truncated.jsonld:1:"))
        #expect(result.stdout.contains("[JSON-MALFORMED]") && result.stdout.contains("[INPUT-UNREADABLE]"))
        #expect(result.stdout.contains("[ESPR-CARE]"))
    }

    @Test func aPassportFromStandardInput() throws {
        let bytes = try Data(contentsOf: Self.invalid.appendingPathComponent("claim-generic.jsonld"))
        let result = try Self.validate(["-"], input: .bytes(bytes))
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("-: invalid\n") && result.stdout.contains("[CLAIM-GENERIC]"))
    }

    @Test func certificatesAreCheckedOnTheAtDate() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try DPPProcess.run(["demo", "--out", folder.path("site")]).status == 0)
        // The camel certificate (OCS-MN-2026-0140) runs until 2027-12-31 (make-demo-fixtures.py).
        let camelThrow = folder.path("site/01/09521234000426/10/KC-CT-2026-001/passport.jsonld")
        #expect(try DPPProcess.run(["validate", camelThrow, "--at", "2027-12-31"]).status == 0)
        let late = try DPPProcess.run(["validate", camelThrow, "--at", "2028-01-01"])
        #expect(late.status == 1 && late.stdout.contains("[CERT-NOT-VALID]"))
        #expect(try DPPProcess.run(["validate", camelThrow, "--at", "2028-02-30"]).status == 2)
    }
}
