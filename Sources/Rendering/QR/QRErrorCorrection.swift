import CQREncode

/// How much of a QR code may be damaged and still read: the four levels of ISO/IEC 18004.
public enum QRErrorCorrection: String, Sendable, CaseIterable {
    /// About 7 % of the codewords can be restored.
    case low = "L"
    /// About 15 % of the codewords can be restored; the usual choice for printed labels.
    case medium = "M"
    /// About 25 % of the codewords can be restored.
    case quartile = "Q"
    /// About 30 % of the codewords can be restored.
    case high = "H"

    /// The most bytes a version 40 symbol holds in byte mode at this level (ISO/IEC 18004, table 7).
    public var byteCapacity: Int {
        switch self {
        case .low: 2953
        case .medium: 2331
        case .quartile: 1663
        case .high: 1273
        }
    }

    /// The level as libqrencode names it.
    var libqrencodeLevel: QRecLevel {
        switch self {
        case .low: QR_ECLEVEL_L
        case .medium: QR_ECLEVEL_M
        case .quartile: QR_ECLEVEL_Q
        case .high: QR_ECLEVEL_H
        }
    }
}
