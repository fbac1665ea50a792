import Foundation

/// Writing one file so that a reader sees the old file or the new one, never half of one.
public enum AtomicFile {
    /// Why a file could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Writes `bytes` to a new temporary file in `path`'s folder, then renames it over `path`.
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        try write(to: path) { (write: ([UInt8]) throws(Failure) -> Void) throws(Failure) in try write(bytes) }
    }

    /// Writes the pieces `produce` hands to the function it is given, one after the other, to a
    /// new temporary file in `path`'s folder, then renames it over `path`; when a piece cannot be
    /// written or `produce` throws, the temporary file is removed and `path` left as it was.
    public static func write(
        to path: String, _ produce: (_ write: ([UInt8]) throws(Failure) -> Void) throws(Failure) -> Void
    ) throws(Failure) {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Failure(message: "\(path): cannot write the file: the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(path) }
        do {
            try produce { (piece: [UInt8]) throws(Failure) in
                guard writeAll(piece, to: descriptor) else { throw failure(path) }
            }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        let closed = close(descriptor) == 0
        guard closed, rename(temporary, target.path) == 0 else {
            let failure = failure(path)
            unlink(temporary)
            throw failure
        }
    }

    /// The failure to write `path`, for the reason `errno` gives.
    private static func failure(_ path: String) -> Failure {
        Failure(message: "\(path): cannot write the file: \(String(cString: strerror(errno)))")
    }

    /// Writes every byte of `bytes` to `descriptor`; false when the system takes them not all.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + done, buffer.count - done)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { return false }
                done += count
            }
            return true
        }
    }
}
