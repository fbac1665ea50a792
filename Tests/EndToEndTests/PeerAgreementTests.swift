import Foundation
import JSONCore
import TestSupport
import Testing

/// The demo's UNTP 0.7.0 passports as the peer validator dppvalidator (PyPI) reads them: no error
/// without options, and with `--strict` only its rejections of the members UNTP leaves open
/// (BENCHMARKS.md, "Peer agreement", shows each of its findings to be the peer's mistake).
@Suite struct PeerAgreementTests {
    /// The members whose schema objects UNTP 0.7.0 leaves open (`additionalProperties: true`) and the
    /// passports extend with textile terms, list indices dropped: `--strict` closes them.
    static let openMembers: Set<String> = [
        "$.credentialSubject.characteristics", "$.credentialSubject.materialProvenance[]",
        "$.credentialSubject.relatedParty[].party",
    ]

    /// One error dppvalidator reports: the passport's folder, the rule and the member it names.
    struct Finding: Hashable, CustomStringConvertible {
        let passport: String
        let rule: String
        let member: String
        var description: String { "\(passport): \(rule) at \(member)" }
    }

    /// dppvalidator's errors on the demo's passports with `options`; every passport must have been
    /// checked as UNTP 0.7.0.
    static func errors(_ options: [String]) throws -> [Finding] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try #require(try DPPProcess.run(["demo", "--out", folder.path("site")]).status == 0)
        let passports = GenerateCommandTests.expectedFolders.map { folder.path("site/\($0)/passport.jsonld") }
        let result = try OutsideTool.run("dppvalidator", ["validate", "--format", "json"] + options + passports)
        let files = try #require(try JSONParser().parse(result.stdout)["files"]?.arrayValue, "\(result.stdout)\(result.stderr)")
        #expect(files.count == passports.count)
        var errors: [Finding] = []
        for (file, folderName) in zip(files, GenerateCommandTests.expectedFolders) {
            #expect(file["result"]?["schema_version"]?.stringValue == "0.7.0", "\(folderName)")
            for error in file["result"]?["errors"]?.arrayValue ?? [] {
                let path = error["path"]?.stringValue ?? ""
                errors.append(
                    Finding(
                        passport: folderName, rule: error["code"]?.stringValue ?? "",
                        member: path.replacing(/\[\d+\]/, with: "[]")))
            }
        }
        return errors
    }

    @Test(.requiring(tool: "dppvalidator", pythonPackage: "dppvalidator"))
    func thePassportsHaveNoError() throws {
        #expect(try Self.errors([]) == [])
    }

    @Test(.requiring(tool: "dppvalidator", pythonPackage: "dppvalidator"))
    func strictRejectsOnlyTheMembersUNTPLeavesOpen() throws {
        let errors = try Self.errors(["--strict"])
        #expect(errors.filter { $0.rule != "SCH010" || !Self.openMembers.contains($0.member) } == [])
        // Every passport extends UNTP's characteristics, so each is rejected there: the check ran.
        #expect(Set(errors.filter { $0.member == "$.credentialSubject.characteristics" }.map(\.passport)).count == 6)
    }
}
