import Foundation

/// The label typeface, DejaVu Sans, read from its font files (Debian's `fonts-dejavu-core`):
/// the advance widths that wrap the label's lines, whether it has a glyph for every character
/// of a text, and the outlines the PDF embeds. The SVG names the same family, so what is
/// measured is what is printed.
///
/// Characters are set one glyph each, without kerning, in the PDF as in the measure.
struct LabelFont: Sendable {
    /// The family name SVG names.
    static let family = "DejaVu Sans"
    /// The folders the font files are looked for in, in order: Debian and Ubuntu, Fedora,
    /// Arch, openSUSE and Alpine, then fonts installed by hand.
    static let folders = [
        "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu-sans-fonts", "/usr/share/fonts/TTF", "/usr/share/fonts/truetype",
        "/usr/share/fonts/dejavu", "/usr/local/share/fonts",
    ]

    /// Whether text is set in the bold face.
    enum Weight: Sendable {
        case regular, bold
    }

    let regular: TrueTypeFont
    let bold: TrueTypeFont

    /// The faces, read once a process, or why they cannot be.
    static let installed: Result<LabelFont, LabelFontError> = Result { () throws(LabelFontError) in try LabelFont(folders: folders) }

    /// Reads the regular and bold faces from the first of `folders` that has them.
    init(folders: [String]) throws(LabelFontError) {
        regular = try Self.face("DejaVuSans", in: folders)
        bold = try Self.face("DejaVuSans-Bold", in: folders)
    }

    private static func face(_ name: String, in folders: [String]) throws(LabelFontError) -> TrueTypeFont {
        for folder in folders {
            let path = folder + "/" + name + ".ttf"
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            do { return try TrueTypeFont(bytes: [UInt8](data), postScriptName: name) } catch { throw .unreadable(path: path, reason: "\(error)") }
        }
        throw .notFound(name + ".ttf", folders: folders)
    }

    /// The face of `weight`.
    func face(_ weight: Weight) -> TrueTypeFont { weight == .bold ? bold : regular }

    /// The width of `text` set at `size` (both in the same unit, millimetres on a label).
    func width(of text: some StringProtocol, size: Double, weight: Weight) -> Double {
        width(ofUnits: units(of: text, weight: weight), size: size, weight: weight)
    }

    /// The advance of `text` in font units: the units of two texts add up to those of the two joined.
    func units(of text: some StringProtocol, weight: Weight) -> Int {
        let font = face(weight)
        var units = 0
        for scalar in text.unicodeScalars { units += font.advance(of: font.glyph(for: scalar) ?? 0) }
        return units
    }

    /// The width at `size` of text whose advance is `units` font units (``units(of:weight:)``).
    func width(ofUnits units: Int, size: Double, weight: Weight) -> Double {
        Double(units) * size / Double(face(weight).unitsPerEm)
    }

    /// The first scalar of `text` the regular face has no glyph for, if any.
    func firstMissingGlyph(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { regular.glyph(for: $0) == nil }
    }
}

/// Why the label font cannot be read.
public enum LabelFontError: Error, Sendable, Equatable {
    /// The font file is in none of the folders.
    case notFound(String, folders: [String])
    /// The file at `path` is there but is not a font this project reads.
    case unreadable(path: String, reason: String)

    /// A message a person can act on.
    public var message: String {
        switch self {
        case .notFound(let file, let folders):
            "labels are set in DejaVu Sans, and \(file) is in none of \(folders.joined(separator: ", ")); install it (Debian: apt-get install fonts-dejavu-core)"
        case .unreadable(let path, let reason): "the label font \(path) cannot be read: \(reason)"
        }
    }
}
