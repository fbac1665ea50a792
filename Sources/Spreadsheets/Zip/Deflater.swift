import CZlib

/// Raw deflate (RFC 1951) compression through zlib, as zip stores entries.
enum Deflater {
    /// `raw` windowBits: deflate data with no zlib or GZIP wrapper.
    private static let rawWindowBits: Int32 = -15
    /// zlib's default memory level.
    private static let memoryLevel: Int32 = 8

    /// The raw deflate stream of `bytes`, at zlib's default level (the same bytes for the same input and zlib).
    ///
    /// `bytes` must be shorter than 4 GiB, the most zlib counts in one call.
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        precondition(bytes.count < UInt32.max, "deflate input beyond 4 GiB")
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        let started = deflateInit2_(
            stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, rawWindowBits, memoryLevel, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
            Int32(MemoryLayout<z_stream>.size))
        precondition(started == Z_OK, "zlib could not start deflating (status \(started))")
        defer { deflateEnd(stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, UInt(bytes.count))))
        var input = bytes
        let (status, produced) = ZlibStream.finish(stream, input: &input, output: &output) { CZlib.deflate($0, $1) }
        // deflateBound leaves room for the whole stream, so one Z_FINISH call always ends it.
        precondition(status == Z_STREAM_END, "zlib did not finish deflating (status \(status))")
        output.removeLast(output.count - produced)
        return output
    }
}
