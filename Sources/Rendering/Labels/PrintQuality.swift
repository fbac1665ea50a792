/// The print-quality limits a label is laid out within, in millimetres.
///
/// The QR code's module (X-dimension) follows GS1's symbol specification for a QR Code carrying
/// a GS1 Digital Link URI scanned by consumers' phones and at points of sale (GS1 General
/// Specifications, symbol specification table 1: minimum 0.396 mm, target 0.495 mm); the quiet
/// zone is 4 modules (ISO/IEC 18004). Text is set at 6 pt, the smallest size this project
/// treats as legible on satin and card (a DejaVu Sans x-height of about 1.1 mm).
public enum PrintQuality {
    /// GS1's minimum module size for a Digital Link QR code.
    public static let minimumModule = 0.396
    /// GS1's target module size: the largest a label uses, so that the text keeps its room.
    public static let targetModule = 0.495
    /// Light modules on each side of the symbol.
    public static let quietZoneModules = 4
    /// The text size: 6 pt in millimetres.
    public static let textSize = 6 * 25.4 / 72
    /// The distance between baselines, as a multiple of the text size.
    static let lineSpacing = 1.25
}
