#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes kept in chunks in an unlinked temporary file, so that they take no memory; a chunk the
/// file cannot take (no temporary folder, a full disk) is kept in memory instead.
///
/// ```swift
/// let writer = ByteSpool.Writer(folder: ByteSpool.temporaryFolder)
/// writer.add(chunk)
/// let spool = writer.finish()
/// spool.withChunk(0) { bytes in ... }
/// ```
///
/// The file is made in a folder such as ``temporaryFolder`` and removed from it at once: it goes
/// when the spool does, or with the process.
public final class ByteSpool: Sendable {
    /// The folder for temporary files: `$TMPDIR`, or `/tmp`.
    public static var temporaryFolder: String {
        getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }

    /// Where a chunk's bytes are.
    private enum Chunk: Sendable {
        case file(offset: Int64, count: Int)
        case memory([UInt8])
    }

    /// The file's descriptor, -1 when every chunk is in memory.
    private let descriptor: Int32
    private let chunks: [Chunk]

    private init(descriptor: Int32, chunks: [Chunk]) {
        self.descriptor = descriptor
        self.chunks = chunks
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Calls `body` with the bytes at `range` of chunk `chunk`.
    public func withBytes<Result>(chunk: Int, range: Range<Int>, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        switch chunks[chunk] {
        case .memory(let bytes):
            return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[range])) }
        case .file(let offset, _):
            return withUnsafeTemporaryAllocation(byteCount: range.count, alignment: 1) { buffer in
                readFully(into: buffer, at: offset + Int64(range.lowerBound))
                return body(UnsafeRawBufferPointer(buffer))
            }
        }
    }

    /// Calls `body` with the whole of chunk `chunk`.
    public func withChunk<Result>(_ chunk: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        switch chunks[chunk] {
        case .memory(let bytes): return bytes.withUnsafeBytes(body)
        case .file(_, let count): return withBytes(chunk: chunk, range: 0..<count, body)
        }
    }

    /// Fills `buffer` from the file at `offset`: the spool wrote these bytes itself, so a read
    /// that fails is the system failing, not the input.
    private func readFully(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) {
        precondition(FileRange.read(descriptor, into: buffer, at: offset), "a temporary file could not be read back (errno \(errno))")
    }

    /// Collects chunks, writing each to the file as it is handed over; the file is closed with
    /// the writer unless a spool took it.
    public final class Writer {
        private let folder: String
        private var descriptor: Int32 = -1
        private var isFileTried = false
        private var fileSize: Int64 = 0
        private var chunks: [Chunk] = []

        /// A writer whose file, made when the first chunk comes, is in `folder`.
        public init(folder: String) { self.folder = folder }

        deinit {
            if descriptor >= 0 { close(descriptor) }
        }

        /// The number the next chunk will have.
        public var nextChunk: Int { chunks.count }

        /// Keeps `bytes` as the next chunk: in the file when it takes them, in memory otherwise.
        public func add(_ bytes: [UInt8]) {
            if !isFileTried {
                isFileTried = true
                descriptor = Self.makeFile(in: folder)
            }
            if descriptor >= 0, write(bytes) {
                chunks.append(.file(offset: fileSize, count: bytes.count))
                fileSize += Int64(bytes.count)
            } else {
                chunks.append(.memory(bytes))
            }
        }

        /// Keeps `bytes` in memory as the next chunk: for the last one, partly filled, which
        /// costs less to keep than to write (a small document never makes a file).
        public func keep(_ bytes: [UInt8]) {
            chunks.append(.memory(bytes))
        }

        /// The spool of the chunks added; the writer is empty afterwards.
        public func finish() -> ByteSpool {
            defer { (descriptor, isFileTried, fileSize, chunks) = (-1, false, 0, []) }
            return ByteSpool(descriptor: descriptor, chunks: chunks)
        }

        /// Writes `bytes` at the end of the file; false when not all of them could be written
        /// (the file's end is then set back, so that the next chunk starts where this one did).
        private func write(_ bytes: [UInt8]) -> Bool {
            let written = bytes.withUnsafeBytes { buffer in
                var done = 0
                while done < buffer.count {
                    let count = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(fileSize) + off_t(done))
                    if count < 0, errno == EINTR { continue }
                    if count <= 0 { return false }
                    done += count
                }
                return true
            }
            if !written { _ = ftruncate(descriptor, off_t(fileSize)) }
            return written
        }

        /// An unlinked temporary file in `folder` open for reading and writing, or -1.
        private static func makeFile(in folder: String) -> Int32 {
            var template = Array("\(folder)/dpp-events-XXXXXX".utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard descriptor >= 0 else { return -1 }
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
            return descriptor
        }
    }
}
