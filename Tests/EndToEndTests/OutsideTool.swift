import Foundation

/// Programs TextilePassport did not write, used to check its output: zbarimg, Python peers.
enum OutsideTool {
    /// `../shared/reference`, beside the package.
    static let reference = DPPProcess.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/reference")

    static var referenceAvailable: Bool { FileManager.default.fileExists(atPath: reference.path) }

    /// Runs `executable arguments` from the package root.
    static func run(_ executable: String, _ arguments: [String]) throws -> DPPProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = DPPProcess.packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return DPPProcess.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                 stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `python3 arguments`.
    static func python(_ arguments: [String]) throws -> DPPProcess.Result {
        try run("/usr/bin/env", ["python3"] + arguments)
    }
}
