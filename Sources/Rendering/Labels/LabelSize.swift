/// The size of a label or a sheet in millimetres.
public struct LabelSize: Sendable, Hashable, CustomStringConvertible {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Reads `WxH` (`30x100`, `50×90`, decimals with a point), each between 1 and 1000 mm.
    public init?(parsing text: String) {
        let parts = text.lowercased().split(separator: /[x×]/, omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Double(parts[0]), let height = Double(parts[1]),
            Self.range.contains(width), Self.range.contains(height)
        else { return nil }
        self.init(width: width, height: height)
    }

    /// The sizes `--size` accepts along each side, in millimetres.
    public static let range = 1.0...1000.0

    /// `30x100`, as `--size` takes it; fractions rounded up to a tenth of a millimetre.
    public var description: String { "\(Self.text(width))x\(Self.text(height))" }

    /// A length rounded up to a tenth of a millimetre, written without a needless `.0`.
    static func text(_ millimetres: Double) -> String {
        let tenths = (millimetres * 10 - 1e-9).rounded(.up)
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
