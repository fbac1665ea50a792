import Spooling

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A publication manifest's file opened for reading: its lines one after the other, each with
/// its place in the file, and a line again from its place, so that a run reads a published
/// site's manifest without holding it (23 MB at 10,000 lots). Both read with `pread(2)`, so
/// that several readings and threads share the descriptor.
final class ManifestFile: Sendable {
    /// Where a line is in the file, without its line break.
    struct Place: Sendable {
        var offset: Int64
        var count: UInt32
    }

    /// How many bytes a read takes at a time while the lines are read in order.
    static let readSize = 1 << 20

    private let descriptor: Int32

    /// The file at `path`, or nil when it cannot be opened for reading.
    init?(path: String) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// Calls `body` with each non-empty line of the file, without its line break, and its place,
    /// in order, while `body` returns true; false when `body` stopped or the file could not be read
    /// to its end (a line of 4 GB or more cannot be placed either).
    func forEachLine(_ body: (UnsafeBufferPointer<UInt8>.SubSequence, Place) -> Bool) -> Bool {
        var buffer = [UInt8](repeating: 0, count: Self.readSize)
        // The bytes read and not yet handed over start the buffer; `start` is their offset in the file.
        var filled = 0
        var start: Int64 = 0
        while true {
            if filled == buffer.count { buffer += repeatElement(0, count: buffer.count) }
            let count = buffer.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress! + filled, $0.count - filled, off_t(start) + off_t(filled))
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return false }
            let atEnd = count == 0
            filled += count
            let handled: Int? = buffer.withUnsafeBufferPointer { bytes in
                var lineStart = 0
                while lineStart < filled {
                    let lineEnd =
                        memchr(bytes.baseAddress! + lineStart, Int32(UInt8(ascii: "\n")), filled - lineStart)
                        .map { UnsafeRawPointer($0) - UnsafeRawPointer(bytes.baseAddress!) } ?? (atEnd ? filled : nil)
                    guard let lineEnd else { break }
                    if lineEnd > lineStart {
                        guard let length = UInt32(exactly: lineEnd - lineStart),
                            body(bytes[lineStart..<lineEnd], Place(offset: start + Int64(lineStart), count: length))
                        else { return nil }
                    }
                    lineStart = lineEnd + 1
                }
                return min(lineStart, filled)
            }
            guard let handled else { return false }
            if atEnd { return true }
            buffer.withUnsafeMutableBytes { bytes in
                _ = memmove(bytes.baseAddress!, bytes.baseAddress! + handled, filled - handled)
            }
            filled -= handled
            start += Int64(handled)
        }
    }

    /// The line at `place`, or nil when it cannot be read whole (the file changed).
    func line(at place: Place) -> [UInt8]? {
        var line = [UInt8](repeating: 0, count: Int(place.count))
        let isWhole = line.withUnsafeMutableBytes { FileRange.read(descriptor, into: $0, at: place.offset) }
        return isWhole ? line : nil
    }
}
