import CZlib

/// Raw deflate (RFC 1951) inflation through zlib.
enum Inflater {
    /// Why a deflate stream could not be inflated.
    enum Failure: Error {
        /// The stream inflates to more bytes than `limit`.
        case tooLarge
        /// The stream ends before its last block.
        case truncated
        /// zlib's message about invalid data, or its status.
        case corrupt(String)
    }

    /// `raw` windowBits: deflate data with no zlib or GZIP wrapper, as zip stores it.
    private static let rawWindowBits: Int32 = -15

    /// The bytes the raw deflate stream `compressed` inflates to, refused once they pass `limit`.
    static func inflate(_ compressed: ArraySlice<UInt8>, limit: Int) throws(Failure) -> [UInt8] {
        // zlib counts in 32 bits; no entry within the limits comes near.
        guard compressed.count < UInt32.max, limit < UInt32.max else { throw .tooLarge }
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        guard inflateInit2_(stream, rawWindowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt("zlib could not start")
        }
        defer { inflateEnd(stream) }
        var output = [UInt8](repeating: 0, count: limit + 1)
        var input = Array(compressed)
        let (status, produced) = ZlibStream.finish(stream, input: &input, output: &output) { CZlib.inflate($0, $1) }
        guard produced <= limit else { throw .tooLarge }
        switch status {
        case Z_STREAM_END:
            output.removeLast(output.count - produced)
            return output
        case Z_BUF_ERROR, Z_OK: throw .truncated
        default: throw .corrupt(stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)")
        }
    }
}
