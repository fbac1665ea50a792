import Foundation
import JSONCore
import TestSupport
import Testing

/// `dpp migrate` run as a user would: the demo's 0.6.1 site becomes its 0.7.0 one, UNTP's own
/// 0.6.1 sample becomes a valid 0.7.0 passport, and what cannot be migrated is said.
@Suite struct MigrateCommandTests {
    @Test func theDemoIn061MigratesToThe070DemoFileForFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try DPPProcess.run(["demo", "--unsigned", "--untp", "0.6.1", "--out", folder.path("old")]).status == 0)
        #expect(try DPPProcess.run(["demo", "--unsigned", "--out", folder.path("new")]).status == 0)
        let result = try DPPProcess.run(["migrate", folder.path("old"), "--out", folder.path("migrated"), "--format", "json"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let passports = folder.files(under: "new").filter { $0.hasSuffix("/passport.jsonld") }
        #expect(passports.count == 6)
        // The textile context under contexts/ is not a passport: it is not migrated.
        #expect(folder.files(under: "migrated") == passports)
        for file in passports {
            let migrated = FileManager.default.contents(atPath: folder.path("migrated/" + file))
            #expect(migrated != nil && migrated == FileManager.default.contents(atPath: folder.path("new/" + file)), "\(file)")
        }
        // The classification ids 0.7.0 has no member for: 6 product categories, 17 origins' material types.
        let summary = try JSONParser().parse(Array(result.stdout.utf8))["summary"]
        #expect(summary?["warnings"] == ["MIGRATE-NOT-CARRIED": 23])
        #expect(summary?["files"] == 6 && summary?["valid"] == 6)
    }

    @Test(.requiring(.all, otherwise: "UNTP's 0.6.1 sample and 0.7.0 schema are not here"))
    func untpsOwn061SampleMigratesToAPassportValidAgainstThe070Schema() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let sample = ReferenceFolder.untp.file("spec-untp-v0.6.1/data-models/untp-dpp/artefacts/untp-dpp-instance.json")
        try FileManager.default.createDirectory(atPath: folder.path("in/sample"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: sample.path, toPath: folder.path("in/sample/passport.jsonld"))
        let result = try DPPProcess.run(["migrate", folder.path("in"), "--to", "0.7.0", "--out", folder.path("out")])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // What dpp does not read is said, e.g. the reporting standard of the sample's emissions scorecard.
        #expect(result.stdout.contains("at /credentialSubject/emissionsScorecard/reportingStandard: warning: not carried over"))
        #expect(result.stdout.contains("[MIGRATE-SUPPLIED]"))
        let script = PackageFolders.root.appendingPathComponent("Tests/EndToEndTests/Support/outside_checks.py").path
        let check = try OutsideTool.run("python3", [script, "schemas", folder.path("out"), ReferenceFolder.all.url.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("1 passports checked, 0 problems"))
    }

    /// Migrating a folder into itself (as given, through `..` or through a link to it) would write
    /// each passport over its input, losing what is not carried over: refused with exit status 2
    /// before any file is written, the passports as they were.
    @Test func aPassportIsNeverWrittenOverByItsMigratedForm() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try DPPProcess.run(["demo", "--unsigned", "--out", folder.path("site")]).status == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.path("link"), withDestinationPath: folder.path("site"))
        let before = folder.files(under: "site").map { FileManager.default.contents(atPath: folder.path("site/" + $0)) }
        for out in [folder.path("site"), folder.path("site/01/../"), folder.path("link")] {
            let result = try DPPProcess.run(["migrate", folder.path("site"), "--out", out, "--to", "0.6.1"])
            #expect(result.status == 2, "\(out): \(result.stdout)\(result.stderr)")
            #expect(result.stderr.contains("would be written over by its migrated form"), "\(result.stderr)")
        }
        #expect(folder.files(under: "site").map { FileManager.default.contents(atPath: folder.path("site/" + $0)) } == before)
    }

    @Test func aFileOfNoKnownVersionIsNotWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("vc.jsonld", #"{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"]}"#)
        let result = try DPPProcess.run(["migrate", file, "--out", folder.path("out")])
        #expect(result.status == 1)
        #expect(result.stdout.contains("[PASSPORT-UNTP-VERSION]") && result.stdout.contains("1 file(s): 0 migrated, 1 not migrated"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out/vc.jsonld")))
    }

    @Test(arguments: [["migrate", "x.jsonld"], ["migrate", "--out", "o"], ["migrate", "x.jsonld", "--out", "o", "--to", "0.8.0"]])
    func aMissingOrWrongArgumentIsAUsageError(arguments: [String]) throws {
        #expect(try DPPProcess.run(arguments).status == 2)
    }
}
