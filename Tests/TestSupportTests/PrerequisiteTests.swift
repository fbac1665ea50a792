import TestSupport
import Testing

/// The conditions that skip a test when outside material or an outside tool is missing, and what they say.
@Suite struct PrerequisiteTests {
    @Test func anAbsentReferenceFolderSkipsWithTheStandardMessage() async throws {
        let condition = ConditionTrait.requiring(ReferenceFolder("no-such-folder"), otherwise: "nothing is checked")
        #expect(try await condition.evaluate() == false)
        #expect(condition.comments.map(\.rawValue) == ["../shared/reference/no-such-folder is absent: nothing is checked"])
    }

    @Test func theWholeReferenceFolderIsNamedWithoutASubfolder() {
        #expect(ReferenceFolder.all.absenceMessage("x") == "../shared/reference is absent: x")
        #expect(ReferenceFolder.all.url == PackageFolders.reference)
        #expect(ReferenceFolder.gs1.file("epcis").path == PackageFolders.reference.path + "/gs1/epcis")
    }

    @Test func aMissingToolSkipsNamingItsPackage() async throws {
        let condition = ConditionTrait.requiring(tool: "no-such-program-dpp", debianPackage: "dpp-tools")
        #expect(try await condition.evaluate() == false)
        #expect(condition.comments.map(\.rawValue) == ["no-such-program-dpp is not installed (Debian package dpp-tools)"])
    }

    @Test func anInstalledToolRuns() async throws {
        #expect(try await ConditionTrait.requiring(tool: "sh", debianPackage: "dash").evaluate())
    }
}
