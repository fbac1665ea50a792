import CZlib

/// Bytes compressed as a zlib stream (RFC 1950), the form of PNG image data and of PDF
/// streams with the `FlateDecode` filter.
enum ZlibCompression {
    /// How hard zlib looks for repeats: what is written for every lot is compressed fast, what
    /// is made once and reused (a font subset) as small as zlib's default makes it.
    enum Effort {
        /// zlib's level 1: on a label's content stream a third of the default's time for about
        /// a fifth more bytes (7,273 bytes: 2,001 against 1,640).
        case fast
        /// zlib's default level (6).
        case thorough

        var level: Int32 { self == .fast ? Z_BEST_SPEED : Z_DEFAULT_COMPRESSION }
    }

    /// `data` compressed with `effort`, or zlib's status when it fails (only for want of memory).
    static func compressed(_ data: [UInt8], effort: Effort) -> Result<[UInt8], ZlibStatus> {
        var capacity = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &capacity, input.baseAddress, uLong(input.count), effort.level)
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
