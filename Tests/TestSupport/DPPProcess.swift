import Foundation

/// The built `dpp` executable, run as a user would.
public enum DPPProcess {
    /// The `dpp` binary in the build folder of the test bundle.
    public static var executable: URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("dpp")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return PackageFolders.root.appendingPathComponent(".build/debug/dpp")
    }

    /// Runs `dpp arguments` in `directory` (this process's own when `nil`), feeding it `input`.
    public static func run(
        _ arguments: [String], in directory: URL? = nil, input: ChildProcess.Input = .bytes(Data()), environment: [String: String]? = nil
    ) throws -> ChildProcess.Result {
        try ChildProcess.run(executable, arguments, in: directory, input: input, environment: environment)
    }
}
