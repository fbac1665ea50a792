#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a range of an open file with `pread(2)`, which leaves the descriptor's offset alone so
/// that several threads and readings can share it.
public enum FileRange {
    /// Fills `buffer` from the file `descriptor` at `offset`, reading again after an interruption
    /// or a short read; false when the file fails or ends before the buffer is full.
    public static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) -> Bool {
        var done = 0
        while done < buffer.count {
            let count = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            done += count
        }
        return true
    }
}
