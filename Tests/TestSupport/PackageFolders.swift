import Foundation

/// The folders tests read from: the package's own, and the outside reference material beside it.
public enum PackageFolders {
    /// The package's root folder, found from this file's place in it (`Tests/TestSupport/`).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/reference/`, beside the package: outside suites that CI provides and some checkouts lack.
    public static let reference = root.deletingLastPathComponent().appendingPathComponent("shared/reference")

    /// `Fixtures/invalid/`: UNTP 0.7.0 passports that each break one rule, named in the `.rule` file beside them.
    public static let invalidFixtures = root.appendingPathComponent("Fixtures/invalid")

    /// `Fixtures/invalid/untp-0.6.1/`: the same defects planted in the UNTP 0.6.1 passports.
    public static let invalidFixtures061 = invalidFixtures.appendingPathComponent("untp-0.6.1")

    /// `Fixtures/expected/`: whole outputs of `dpp demo`, committed as the reference-file tests' expectations.
    public static let expectedFiles = root.appendingPathComponent("Fixtures/expected")
}
