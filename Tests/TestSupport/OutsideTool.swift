import Foundation

/// Programs TextilePassport did not write (zbarimg, python3, rsvg-convert), found on the `PATH`
/// and used to check its output independently.
public enum OutsideTool {
    /// A program that is not on the `PATH`.
    public struct NotInstalled: Error, CustomStringConvertible {
        public let program: String
        public var description: String { "\(program) is not installed" }
    }

    /// The program's file on the `PATH`, or `nil` when it is not installed.
    public static func url(of program: String) -> URL? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { URL(fileURLWithPath: String($0)).appendingPathComponent(program) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Whether the program is on the `PATH`.
    public static func isInstalled(_ program: String) -> Bool { url(of: program) != nil }

    /// Runs `program arguments`, found on the `PATH`, in `directory`, and waits for it to end.
    public static func run(_ program: String, _ arguments: [String], in directory: URL? = nil) throws -> ChildProcess.Result {
        guard let executable = url(of: program) else { throw NotInstalled(program: program) }
        return try ChildProcess.run(executable, arguments, in: directory)
    }

    /// The bytes `zbarimg` decodes from the image file, without the line break it adds;
    /// `nil` when it finds no code.
    public static func zbarDecode(_ image: URL) throws -> [UInt8]? {
        let result = try run("zbarimg", ["--raw", "-q", "--nodbus", image.path])
        guard result.status == 0 else { return nil }
        var bytes = [UInt8](result.standardOutput)
        if bytes.last == 0x0A { bytes.removeLast() }
        return bytes
    }
}
