import Foundation

/// A program run as a child process until it ends, with what it printed.
public enum ChildProcess {
    /// What the child reads on its standard input.
    public enum Input: Sendable {
        /// These bytes, through a pipe closed after them.
        case bytes(Data)
        /// The file's contents. Unlike a pipe, a file does not end the test with SIGPIPE when
        /// the child stops reading early.
        case file(URL)
    }

    /// What a child process printed and how it ended.
    public struct Result: Sendable {
        /// The exit status.
        public let status: Int32
        /// The bytes written to standard output.
        public let standardOutput: Data
        /// The bytes written to standard error.
        public let standardError: Data

        /// Standard output as UTF-8 text.
        public var stdout: String { String(decoding: standardOutput, as: UTF8.self) }
        /// Standard error as UTF-8 text.
        public var stderr: String { String(decoding: standardError, as: UTF8.self) }
    }

    /// Runs `executable arguments` in `directory` (this process's own when `nil`), feeding it
    /// `input`, with `environment` (this process's own when `nil`), and waits for it to end.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, input: Input = .bytes(Data()),
        environment: [String: String]? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let outputPipe = Pipe(), errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        let group = DispatchGroup()
        switch input {
        case .bytes(let bytes):
            let inputPipe = Pipe()
            process.standardInput = inputPipe
            try process.run()
            // Write, read standard error and read standard output at once, so that no full pipe can block the child.
            DispatchQueue.global().async(group: group) {
                inputPipe.fileHandleForWriting.write(bytes)
                try? inputPipe.fileHandleForWriting.close()
            }
        case .file(let file):
            process.standardInput = try FileHandle(forReadingFrom: file)
            try process.run()
        }
        nonisolated(unsafe) var errorBytes = Data()
        DispatchQueue.global().async(group: group) {
            errorBytes = errorPipe.fileHandleForReading.readDataToEndOfFile()
        }
        let outputBytes = outputPipe.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: outputBytes, standardError: errorBytes)
    }
}
