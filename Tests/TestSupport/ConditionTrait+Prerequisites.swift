import Testing

extension Trait where Self == ConditionTrait {
    /// Runs the test only when `folder` of `../shared/reference/` is present; otherwise skips it
    /// with the standard message, which says what goes unchecked (`skipped`).
    public static func requiring(_ folder: ReferenceFolder, otherwise skipped: String) -> Self {
        .enabled(if: folder.isPresent, Comment(rawValue: folder.absenceMessage(skipped)))
    }

    /// Runs the test only when `program` is on the `PATH`; otherwise skips it naming the Debian package that provides it.
    public static func requiring(tool program: String, debianPackage: String) -> Self {
        .enabled(if: OutsideTool.isInstalled(program), Comment(rawValue: "\(program) is not installed (Debian package \(debianPackage))"))
    }

    /// Runs the test only when `program` is on the `PATH`; otherwise skips it naming the PyPI package
    /// that provides it (`make test-deps` installs it).
    public static func requiring(tool program: String, pythonPackage: String) -> Self {
        .enabled(if: OutsideTool.isInstalled(program), Comment(rawValue: "\(program) is not installed (PyPI package \(pythonPackage))"))
    }
}
