import Foundation

/// Programs TextilePassport did not write, used to check its output: zbarimg, Python peers.
enum OutsideTool {
    /// `../shared/reference`, beside the package.
    static let reference = DPPProcess.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/reference")

    static var referenceAvailable: Bool { FileManager.default.fileExists(atPath: reference.path) }

    /// Runs `executable arguments` from the package root.
    static func run(_ executable: String, _ arguments: [String]) throws -> DPPProcess.Result {
        try DPPProcess.run(executable: URL(fileURLWithPath: executable), arguments, in: DPPProcess.packageRoot)
    }

    /// Runs `python3 arguments`.
    static func python(_ arguments: [String]) throws -> DPPProcess.Result {
        try run("/usr/bin/env", ["python3"] + arguments)
    }
}
