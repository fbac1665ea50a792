/// Where everything on one label goes, in millimetres from the top left corner: the QR code at
/// a module size within ``PrintQuality``, then each paragraph of the ``LabelContent`` wrapped
/// to the label's width with the font's advance widths (long words broken after a `/` or
/// between characters, never cut), the whole checked to fit before anything is written.
public struct LabelLayout: Sendable {
    /// One line of text: its baseline's start and whether it is bold.
    public struct Line: Sendable, Equatable {
        public var text: String
        public var x: Double
        public var baseline: Double
        public var bold: Bool
    }

    public let size: LabelSize
    public let code: QRCode
    /// The QR symbol's top left corner, quiet zone included, and its module size.
    public let qrOrigin: (x: Double, y: Double)
    public let moduleSize: Double
    public let lines: [Line]
    /// The text size of every line.
    public let textSize = PrintQuality.textSize

    /// Lays out `content` on a label of `kind` at `size`, with `code`, the QR code of the
    /// content's link (``code(of:)``), when the caller has it: the labels of one lot share it.
    ///
    /// - Throws: ``LabelLayoutError`` for text the label cannot print, a QR code whose modules
    ///   would be smaller than GS1's minimum, or content taller than the label.
    public init(_ content: LabelContent, kind: LabelKind, size: LabelSize, code sharedCode: QRCode? = nil) throws(LabelLayoutError) {
        let font: LabelFont
        do { font = try LabelFont.installed.get() } catch { throw .font(error) }
        for paragraph in content.paragraphs { try Self.checkPrintable(paragraph.text, font: font) }
        let code: QRCode
        if let sharedCode { code = sharedCode } else { code = try Self.code(of: content) }
        let margin = kind.margin
        let available = size.width - 2 * margin
        let modules = Double(code.size + 2 * PrintQuality.quietZoneModules)
        let module = min(PrintQuality.targetModule, available / modules)
        guard module >= PrintQuality.minimumModule else {
            throw .qrTooSmall(
                kind, module: module, at: size, needed: LabelSize(width: modules * PrintQuality.minimumModule + 2 * margin, height: size.height))
        }
        let side = modules * module
        var top = margin + side
        let lineHeight = textSize * PrintQuality.lineSpacing
        var lines: [Line] = []
        for paragraph in content.paragraphs {
            let weight: LabelFont.Weight = paragraph.bold ? .bold : .regular
            for text in Self.wrap(paragraph.text, width: available, size: textSize, weight: weight, font: font) {
                lines.append(Line(text: text, x: margin, baseline: top + textSize, bold: paragraph.bold))
                top += lineHeight
            }
        }
        let needed = top + margin
        guard needed <= size.height + 1e-9 else { throw .overflow(kind, at: size, needed: LabelSize(width: size.width, height: needed)) }
        self.size = size
        self.code = code
        qrOrigin = ((size.width - side) / 2, margin)
        moduleSize = module
        self.lines = lines
    }

    /// The QR code of `content`'s link.
    ///
    /// - Throws: ``LabelLayoutError/qrCode(_:)`` when the link does not fit a QR code.
    public static func code(of content: LabelContent) throws(LabelLayoutError) -> QRCode {
        do { return try QRCode(encoding: content.link) } catch { throw .qrCode(error) }
    }

    /// Refuses text with control or format characters, right-to-left characters (the label sets
    /// text left to right only) or characters the font has no glyph for.
    private static func checkPrintable(_ text: String, font: LabelFont) throws(LabelLayoutError) {
        // Printable ASCII, most of a label, is neither a control, a format character nor right-to-left.
        if let scalar = text.unicodeScalars.first(where: { !(0x20...0x7E).contains($0.value) && (isControlOrFormat($0) || isRightToLeft($0)) }) {
            throw .unprintable(scalar, in: text)
        }
        if let scalar = font.firstMissingGlyph(in: text) { throw .unprintable(scalar, in: text) }
    }

    /// Whether `scalar` is a control or format character (general category Cc or Cf).
    private static func isControlOrFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format: true
        default: false
        }
    }

    /// Whether `scalar` belongs to a right-to-left script block (Hebrew, Arabic, Syriac, Thaana,
    /// N'Ko, Samaritan, Mandaic and their presentation forms).
    private static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        (0x0590...0x08FF).contains(scalar.value) || (0xFB1D...0xFDFF).contains(scalar.value) || (0xFE70...0xFEFF).contains(scalar.value)
            || (0x1_0800...0x1_0FFF).contains(scalar.value) || (0x1_E800...0x1_EFFF).contains(scalar.value)
    }

    /// The words of `text` between its spaces, as `text.split(separator: " ")` gives them; split
    /// over the bytes when the text is ASCII, where every character but CR LF is one byte.
    static func words(of text: String) -> [Substring] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ") }
        return text.utf8.split(separator: UInt8(ascii: " ")).map { text[$0.startIndex..<$0.endIndex] }
    }

    /// `text` broken into lines no wider than `width`: between words, else after a `/`, else
    /// between characters. Each piece is measured once, its advance added to the line's.
    static func wrap(_ text: String, width: Double, size: Double, weight: LabelFont.Weight, font: LabelFont) -> [String] {
        func fits(_ units: Int) -> Bool { font.width(ofUnits: units, size: size, weight: weight) <= width }
        let space = font.units(of: " ", weight: weight)
        var lines: [String] = []
        var current = ""
        var currentUnits = 0
        func flush() {
            if !current.isEmpty { lines.append(current) }
            current = ""
            currentUnits = 0
        }
        for word in words(of: text) {
            let wordUnits = font.units(of: word, weight: weight)
            let candidateUnits = current.isEmpty ? wordUnits : currentUnits + space + wordUnits
            if fits(candidateUnits) {
                if !current.isEmpty { current.append(" ") }
                current += word
                currentUnits = candidateUnits
                continue
            }
            flush()
            if fits(wordUnits) {
                current = String(word)
                currentUnits = wordUnits
                continue
            }
            let parts = word.split(separator: "/", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                let piece = index == parts.count - 1 ? String(part) : part + "/"
                let pieceUnits = font.units(of: piece, weight: weight)
                if fits(currentUnits + pieceUnits) {
                    current += piece
                    currentUnits += pieceUnits
                    continue
                }
                flush()
                for character in piece {
                    let characterUnits = font.units(of: String(character), weight: weight)
                    if !current.isEmpty && !fits(currentUnits + characterUnits) { flush() }
                    current.append(character)
                    currentUnits += characterUnits
                }
            }
        }
        flush()
        return lines
    }
}
