import CQREncode

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A QR code symbol: the square of dark and light modules that encodes one text.
///
/// Made by libqrencode in byte mode (the text's UTF-8 bytes, case kept), at the smallest
/// version that holds the text. The value owns a copy of the modules, so it is freely shared.
public struct QRCode: Sendable, Equatable {
    /// The text the symbol encodes.
    public let text: String
    /// The symbol version, 1 to 40.
    public let version: Int
    /// The error correction level the symbol was made with.
    public let errorCorrection: QRErrorCorrection
    /// The number of modules along one side (17 + 4 × version), without the quiet zone.
    public let size: Int
    /// Row-major module colours: `true` is dark.
    private let modules: [Bool]

    /// Encodes `text` (its UTF-8 bytes) at the smallest version that holds it.
    ///
    /// - Throws: ``QRCodeError/emptyText``, ``QRCodeError/textTooLong(byteCount:capacity:errorCorrection:)``
    ///   when no version holds the text, ``QRCodeError/encoderFailed(errno:)`` otherwise.
    public init(encoding text: String, errorCorrection: QRErrorCorrection = .medium) throws(QRCodeError) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw .emptyText }
        // Checked before the call so that a huge text is refused without building it in C.
        guard bytes.count <= errorCorrection.byteCapacity else {
            throw .textTooLong(byteCount: bytes.count, capacity: errorCorrection.byteCapacity, errorCorrection: errorCorrection)
        }
        errno = 0
        let symbol = bytes.withUnsafeBufferPointer { buffer in
            QRcode_encodeData(Int32(buffer.count), buffer.baseAddress, 0, errorCorrection.libqrencodeLevel)
        }
        guard let symbol else {
            let failure = errno
            if failure == ERANGE {
                throw .textTooLong(byteCount: bytes.count, capacity: errorCorrection.byteCapacity, errorCorrection: errorCorrection)
            }
            throw .encoderFailed(errno: failure)
        }
        defer { QRcode_free(symbol) }
        let width = Int(symbol.pointee.width)
        // Bit 0 of each byte is the colour; the other bits describe the module's role.
        let data = UnsafeBufferPointer(start: symbol.pointee.data, count: width * width)
        self.text = text
        self.version = Int(symbol.pointee.version)
        self.errorCorrection = errorCorrection
        self.size = width
        self.modules = data.map { $0 & 1 == 1 }
    }

    /// Whether the module in column `x`, row `y` is dark; outside the symbol (the quiet zone) it is light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }
}

extension QRCode: CustomStringConvertible {
    /// A short summary for logs and test failures, without the modules.
    public var description: String {
        "QRCode(version \(version), level \(errorCorrection.rawValue), \(size)×\(size), \(text.utf8.count) bytes)"
    }
}
