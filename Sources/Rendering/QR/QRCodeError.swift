/// Why a text could not be made into a QR code.
public enum QRCodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is empty; a QR code for nothing would only confuse a scanner.
    case emptyText
    /// The text has more UTF-8 bytes than the largest symbol holds at this error correction level.
    case textTooLong(byteCount: Int, capacity: Int, errorCorrection: QRErrorCorrection)
    /// libqrencode failed for another reason; `errno` is what it set.
    case encoderFailed(errno: Int32)

    public var description: String {
        switch self {
        case .emptyText:
            "the text to encode is empty"
        case let .textTooLong(byteCount, capacity, errorCorrection):
            "the text is \(byteCount) bytes of UTF-8; a QR code at error correction \(errorCorrection.rawValue) "
                + "holds at most \(capacity) bytes (shorten the text or choose a lower level)"
        case let .encoderFailed(errno):
            "libqrencode failed (errno \(errno))"
        }
    }
}
