import Diagnostics
import Foundation

/// An input file open for reading (standard input for `-`), closed when no longer used.
final class OpenFile: Sendable {
    let path: String
    /// The size of a regular file; `nil` for standard input and other streams.
    let size: Int?
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
        var status = stat()
        size = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : nil
    }

    deinit {
        if descriptor != STDIN_FILENO { close(descriptor) }
    }

    /// `path` opened, or a diagnostic saying why it cannot be.
    static func open(_ path: String) -> Result<OpenFile, Diagnostic> {
        if path == "-" { return .success(OpenFile(path: path, descriptor: STDIN_FILENO)) }
        let location = SourceLocation(file: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .failure(.error("INPUT-UNREADABLE", "no such file", at: location))
        }
        guard !isFolder.boolValue else { return .failure(.error("INPUT-UNREADABLE", "is a folder, not a file", at: location)) }
        let descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.error("INPUT-UNREADABLE", "cannot open the file (permissions?)", at: location)) }
        return .success(OpenFile(path: path, descriptor: descriptor))
    }

    /// Reads the next bytes into `buffer`; the count read, 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw ReadError(code: errno) }
        }
    }

    /// A failed `read(2)`.
    struct ReadError: Error, CustomStringConvertible {
        let code: Int32
        var description: String { String(cString: strerror(code)) }
    }
}
