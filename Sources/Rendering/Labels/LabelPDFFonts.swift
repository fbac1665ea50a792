/// The label font's two faces as a PDF's fonts `/F0` (regular) and `/F1` (bold), each embedded
/// with the glyphs shown in it.
struct LabelPDFFonts {
    private var regular: PDFEmbeddedFont
    private var bold: PDFEmbeddedFont

    /// - Throws: ``LabelOutputError`` when the label font cannot be read.
    init() throws(LabelOutputError) {
        let font: LabelFont
        do { font = try LabelFont.installed.get() } catch { throw LabelOutputError(message: error.message) }
        regular = PDFEmbeddedFont(font.regular, leadingCharacters: Self.lotCharacters)
        bold = PDFEmbeddedFont(font.bold, leadingCharacters: Self.lotCharacters)
    }

    /// The characters that change from one lot's label to the next of the same product (the
    /// digits of lot numbers, serials and dates): always in a face's subset, first, so that the
    /// labels of a product's lots embed the same subset, made and compressed once.
    static let lotCharacters = "0123456789"

    /// Shows `text` in the face of `weight` at `size`, its baseline starting at `x`, `baseline`
    /// of a content whose y grows downwards.
    mutating func show(_ text: String, weight: LabelFont.Weight, size: Double, x: Double, baseline: Double, in content: inout PDFContent) {
        content.write("BT")
        content.setFont(weight == .bold ? "F1" : "F0", size: size)
        content.write(1, 0, 0, -1, x, baseline, operator: "Tm")
        content.show(weight == .bold ? bold.codes(for: text) : regular.codes(for: text))
        content.write("ET")
    }

    /// Writes the faces used into `file` and returns the resource dictionary's `/Font` entry.
    func write(into file: inout PDFFile) throws(PDFError) -> String {
        var entries: [String] = []
        for (name, face) in [("F0", regular), ("F1", bold)] where face.isUsed {
            entries.append("/\(name) \(try face.write(into: &file)) 0 R")
        }
        return "/Font << \(entries.joined(separator: " ")) >>"
    }
}
