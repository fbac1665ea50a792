import Diagnostics
import Foundation
import Traceability

/// An input file open for reading (standard input for `-`), closed when no longer used.
///
/// The one way every command reads what a user names: whole, up to a limit, or piece by
/// piece for readers that stream.
public final class InputFile: Sendable {
    /// The path as the user gave it (`-` for standard input).
    public let path: String
    /// The size of a regular file; `nil` for standard input and other streams.
    public let size: Int?
    private let descriptor: Int32
    /// Whether the path names a folder (which opens for reading, but is not read as a file).
    private let isFolder: Bool

    /// The largest input read whole (bigger ones are refused with `INPUT-TOO-LARGE`).
    public static let maximumSize = 512 << 20

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
        var status = stat()
        let known = fstat(descriptor, &status) == 0
        size = known && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : nil
        isFolder = known && (status.st_mode & S_IFMT) == S_IFDIR
    }

    deinit {
        if descriptor != STDIN_FILENO { close(descriptor) }
    }

    /// `path` opened, or an `INPUT-UNREADABLE` diagnostic saying why it cannot be.
    public static func open(_ path: String) -> Result<InputFile, Diagnostic> {
        if path == "-" { return .success(InputFile(path: path, descriptor: STDIN_FILENO)) }
        let location = SourceLocation(file: path)
        // Opened first and asked what it is after (one look-up of the path, not two): a folder
        // opens for reading too.
        let descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT ? "no such file" : "cannot open the file: \(String(cString: strerror(errno)))"
            return .failure(.error(InputRule.unreadable, reason, at: location))
        }
        let file = InputFile(path: path, descriptor: descriptor)
        guard !file.isFolder else { return .failure(.error(InputRule.unreadable, "is a folder, not a file", at: location)) }
        return .success(file)
    }

    /// The bytes of `path` (standard input for `-`), at most `limit` of them, or a diagnostic saying why not.
    public static func read(_ path: String, limit: Int = maximumSize) -> Result<[UInt8], Diagnostic> {
        open(path).flatMap { $0.readWhole(limit: limit) }
    }

    /// The rest of the file, at most `limit` bytes (`INPUT-TOO-LARGE` beyond, `INPUT-UNREADABLE` on a read error).
    public func readWhole(limit: Int = maximumSize) -> Result<[UInt8], Diagnostic> {
        let location = SourceLocation(file: path)
        if let size, size > limit {
            return .failure(
                .error(InputRule.tooLarge, "the file has \(size) bytes, more than the limit of \(InputRule.describe(limit: limit))", at: location))
        }
        // The size the file says it has goes straight into the array (no zeroed buffer, no copy);
        // whatever follows (a growing file, a pipe) is read piece by piece.
        var failure: (error: ReadError, offset: Int)?
        var atEnd = false
        var bytes = [UInt8](unsafeUninitializedCapacity: min(size ?? 1 << 16, limit) + 1) { buffer, initialized in
            initialized = 0
            let raw = UnsafeMutableRawBufferPointer(buffer)
            while initialized < buffer.count {
                do throws(ReadError) {
                    let count = try read(into: UnsafeMutableRawBufferPointer(rebasing: raw[initialized...]))
                    if count == 0 {
                        atEnd = true
                        return
                    }
                    initialized += count
                } catch {
                    failure = (error, initialized)
                    return
                }
            }
        }
        // A file that grew since its size was read, or a stream, goes on piece by piece (a
        // file read whole already is at its end: no piece is made for it).
        let piece = failure == nil && !atEnd ? UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1) : nil
        defer { piece?.deallocate() }
        while let piece, failure == nil && !atEnd && bytes.count <= limit {
            do throws(ReadError) {
                let count = try read(into: piece)
                if count == 0 { atEnd = true } else { bytes.append(contentsOf: piece[..<count]) }
            } catch {
                failure = (error, bytes.count)
            }
        }
        if let failure {
            return .failure(.error(InputRule.unreadable, "cannot read the file past byte \(failure.offset): \(failure.error)", at: location))
        }
        guard bytes.count <= limit else {
            return .failure(.error(InputRule.tooLarge, "larger than the limit of \(InputRule.describe(limit: limit))", at: location))
        }
        return .success(bytes)
    }

    /// Reads the next bytes into `buffer`; the count read, 0 at the end.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(ReadError) -> Int {
        while true {
            let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw ReadError(code: errno) }
        }
    }

    /// Reads the bytes at `offset` into `buffer` (`pread(2)`); the count read, 0 at the end.
    public func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(ReadError) -> Int {
        while true {
            let count = pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
            if count >= 0 { return count }
            if errno != EINTR { throw ReadError(code: errno) }
        }
    }

    /// The file read at any offset, for a regular file; `nil` for standard input and other streams.
    public var randomAccess: RandomAccessInput? {
        size.map { size in RandomAccessInput(size: size, read: { buffer, offset in try self.read(into: buffer, at: offset) }) }
    }

    /// A failed `read(2)`.
    public struct ReadError: Error, CustomStringConvertible {
        public let code: Int32
        public var description: String { String(cString: strerror(code)) }
    }
}
