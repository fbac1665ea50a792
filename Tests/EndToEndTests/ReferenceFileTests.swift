import Foundation
import TestSupport
import Testing

/// Whole outputs of `dpp demo` compared with the reference files committed in
/// `Fixtures/expected/`. On a mismatch the test prints a line diff; to accept a deliberate
/// change, run the tests with `DPP_RECORD_EXPECTED=1` (which records the files and fails),
/// review `git diff Fixtures/expected`, and run them again without it.
@Suite struct ReferenceFileTests {
    /// The beanie's lot covers the most: two components, four origins (one from China),
    /// four certificates, fibre tests in the journey, product text translated; its product's page too.
    static let files = [
        "01/09521234000358/10/KC-BN-2026-001/passport.jsonld",
        "01/09521234000358/10/KC-BN-2026-001/index.html",
        "01/09521234000358/10/KC-BN-2026-001/index.de.html",
        "01/09521234000358/10/KC-BN-2026-001/index.mn.html",
        "01/09521234000358/index.html",
        "index.html",
    ]

    @Test(arguments: files)
    func demoOutputEqualsTheReferenceFile(_ file: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try DPPProcess.run(["demo", "--out", folder.path("site")]).status == 0)
        let actual = try String(contentsOfFile: folder.path("site/" + file), encoding: .utf8)
        try ExpectedFiles().expect(actual, equalsFile: file.replacingOccurrences(of: "/", with: "_"))
    }
}
