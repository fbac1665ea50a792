import CZlib

/// Bytes compressed as a zlib stream (RFC 1950), the form of PNG image data and of PDF
/// streams with the `FlateDecode` filter.
enum ZlibCompression {
    /// `data` compressed at zlib's default level (6), or zlib's status when it fails (only for
    /// want of memory).
    static func compressed(_ data: [UInt8]) -> Result<[UInt8], ZlibStatus> {
        var capacity = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &capacity, input.baseAddress, uLong(input.count), Z_DEFAULT_COMPRESSION)
            }
        }
        guard status == Z_OK else { return .failure(ZlibStatus(code: status)) }
        output.removeSubrange(Int(capacity)...)
        return .success(output)
    }
}

/// A status zlib returned instead of `Z_OK`.
struct ZlibStatus: Error, Sendable, Equatable {
    var code: Int32
}
