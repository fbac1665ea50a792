/// Why a label cannot be laid out at the size asked for.
public enum LabelLayoutError: Error, Sendable, Equatable {
    /// A character the label cannot print: a control or format character, right-to-left text,
    /// or one the font has no glyph for.
    case unprintable(Unicode.Scalar, in: String)
    case qrCode(QRCodeError)
    /// The QR modules would be `module` millimetres, below GS1's minimum; `needed` would do.
    case qrTooSmall(LabelKind, module: Double, at: LabelSize, needed: LabelSize)
    /// The content is taller than the label; `needed` holds it.
    case overflow(LabelKind, at: LabelSize, needed: LabelSize)
    /// The label font cannot be read.
    case font(LabelFontError)

    /// A message a person can act on.
    public var message: String {
        switch self {
        case .unprintable(let scalar, let text):
            "cannot print U+\(String(scalar.value, radix: 16, uppercase: true)) in '\(String(text.unicodeScalars.filter { $0.properties.generalCategory != .control }.prefix(60)))': labels print left-to-right text in the DejaVu Sans font without control characters; correct the catalogue"
        case .qrCode(let error): "the QR code cannot be made: \(error)"
        case .qrTooSmall(let kind, let module, let size, let needed):
            "the \(kind.title) at \(size) mm: the QR modules would be \((module * 1000).rounded(.down) / 1000) mm, below GS1's minimum of \(PrintQuality.minimumModule) mm for a Digital Link QR code; the \(kind.title) needs at least \(needed) mm"
        case .overflow(let kind, let size, let needed):
            "the \(kind.title)'s content does not fit at \(size) mm: the \(kind.title) needs at least \(needed) mm (or fewer languages)"
        case .font(let error): error.message
        }
    }
}
