import CZlib

/// GZIP (RFC 1952) through zlib: deterministic compression and inflation with a size limit.
///
/// Compression writes the same bytes on every platform: zlib's default level (6), a header with
/// no file name, no comment, modification time 0 and operating system 3 (Unix, what zlib writes
/// on Unix and what the Bitstring Status List Recommendation's example carries).
enum GZIP {
    /// Why bytes could not be compressed or inflated.
    enum Failure: Error, Sendable, Equatable {
        /// The bytes do not start with the GZIP magic number and the deflate method.
        case notGZIP
        /// The stream ends before its trailer.
        case truncated
        /// zlib found the stream invalid (a bad block, a CRC or length mismatch); its message.
        case corrupt(String)
        /// Bytes follow the end of the stream.
        case trailingData
        /// The inflated bytes would exceed the limit.
        case tooLarge(limit: Int)
        /// zlib failed for want of memory or a bad state (its status).
        case zlib(status: Int32)
    }

    /// The compression level: zlib's default, the level of the Recommendation's example.
    private static let level: Int32 = 6
    /// The operating system byte of the header (RFC 1952 §2.3.1: 3 is Unix).
    private static let operatingSystem: Int32 = 3
    /// `windowBits` for a GZIP wrapper around a 32 KiB window (zlib's `deflateInit2`).
    private static let gzipWindowBits: Int32 = 15 + 16
    /// The shortest GZIP stream: a 10-byte header, an empty deflate block and an 8-byte trailer.
    private static let minimumLength = 20

    /// `bytes` as one GZIP stream.
    static func compress(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        let header = UnsafeMutablePointer<gz_header>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        header.initialize(to: gz_header())
        defer {
            stream.deallocate()
            header.deallocate()
        }
        let initialised = deflateInit2_(
            stream, level, Z_DEFLATED, gzipWindowBits, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard initialised == Z_OK else { throw .zlib(status: initialised) }
        defer { deflateEnd(stream) }
        // The header's time, name and comment are zero; only the operating system is set, so that
        // the bytes do not depend on the platform zlib was built for.
        header.pointee.os = operatingSystem
        let headerSet = deflateSetHeader(stream, header)
        guard headerSet == Z_OK else { throw .zlib(status: headerSet) }

        var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, UInt(bytes.count))))
        var input = bytes
        let status = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.pointee.next_in = inputBuffer.baseAddress
                stream.pointee.avail_in = UInt32(inputBuffer.count)
                stream.pointee.next_out = outputBuffer.baseAddress
                stream.pointee.avail_out = UInt32(outputBuffer.count)
                return deflate(stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw .zlib(status: status) }
        output.removeLast(Int(stream.pointee.avail_out))
        return output
    }

    /// The bytes one GZIP stream holds, refused once they pass `limit` bytes (a GZIP bomb
    /// inflates a few kilobytes into gigabytes).
    static func decompress(_ bytes: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        guard bytes.count >= 3, bytes[0] == 0x1F, bytes[1] == 0x8B, bytes[2] == 0x08 else { throw .notGZIP }
        guard bytes.count >= minimumLength else { throw .truncated }
        guard bytes.count <= Int(UInt32.max) else { throw .tooLarge(limit: limit) }
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        let initialised = inflateInit2_(stream, gzipWindowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard initialised == Z_OK else { throw .zlib(status: initialised) }
        defer { inflateEnd(stream) }

        var input = bytes
        let outcome: Result<[UInt8], Failure> = input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.pointee.next_in = inputBuffer.baseAddress
            stream.pointee.avail_in = UInt32(inputBuffer.count)
            return Result { () throws(Failure) -> [UInt8] in try inflateAll(stream, limit: limit) }
        }
        return try outcome.get()
    }

    /// Inflates the stream's whole input, a chunk at a time, into at most `limit` bytes.
    private static func inflateAll(_ stream: UnsafeMutablePointer<z_stream>, limit: Int) throws(Failure) -> [UInt8] {
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let status = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                stream.pointee.next_out = chunkBuffer.baseAddress
                stream.pointee.avail_out = UInt32(chunkBuffer.count)
                return inflate(stream, Z_NO_FLUSH)
            }
            output += chunk[..<(chunk.count - Int(stream.pointee.avail_out))]
            guard output.count <= limit else { throw .tooLarge(limit: limit) }
            switch status {
            case Z_STREAM_END:
                guard stream.pointee.avail_in == 0 else { throw .trailingData }
                return output
            case Z_OK: continue
            // With room for output, no progress means the input ran out before the trailer.
            case Z_BUF_ERROR: throw .truncated
            case Z_DATA_ERROR, Z_NEED_DICT: throw .corrupt(stream.pointee.msg.map { String(cString: $0) } ?? "invalid deflate data")
            default: throw .zlib(status: status)
            }
        }
    }
}
