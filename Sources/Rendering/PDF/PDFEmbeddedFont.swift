import JSONCore

/// A TrueType font used in a PDF, embedded as a subset of the glyphs shown (ISO 32000-1, 9.7:
/// a Type 0 font with the `Identity-H` encoding over a `CIDFontType2` font whose character
/// identifiers are the subset's glyph numbers), with the widths viewers place glyphs by and a
/// `ToUnicode` map so that text can be extracted and searched.
///
/// Characters are set one glyph each, in the order the font's character map gives, as the
/// label font measures them.
struct PDFEmbeddedFont {
    let font: TrueTypeFont
    /// The subset's glyph number of each original glyph by its number, 0 for those not shown so
    /// far (and for glyph 0); empty until text is shown.
    private var codes: [UInt16] = []
    /// The original glyphs in subset order; glyph 0 (the missing glyph) first.
    private var glyphs: [UInt16] = [0]
    /// The text of each subset glyph by its number: the character first shown with it (none for glyph 0).
    private var characters: [Unicode.Scalar?] = [nil]

    /// Characters whose glyphs the subset takes first, before any text is shown.
    private let leadingCharacters: String
    /// Whether any text was shown in the font.
    private(set) var isUsed = false

    /// The font `font`, whose subset starts with the glyphs of `leadingCharacters` once text is
    /// shown: characters that vary between documents otherwise alike then leave the subset, and
    /// its place in ``EmbeddedFontCache``, the same.
    init(_ font: TrueTypeFont, leadingCharacters: String = "") {
        self.font = font
        self.leadingCharacters = leadingCharacters
    }

    /// The character codes that show `text`, its glyphs added to the subset.
    mutating func codes(for text: String) -> [UInt16] {
        if !isUsed {
            isUsed = true
            codes = Array(repeating: 0, count: font.glyphCount)
            _ = addingGlyphs(of: leadingCharacters)
        }
        return addingGlyphs(of: text)
    }

    /// The character codes of `text`'s glyphs, those not yet in the subset added to it.
    private mutating func addingGlyphs(of text: String) -> [UInt16] {
        text.unicodeScalars.map { scalar in
            guard let glyph = font.glyph(for: scalar), Int(glyph) < codes.count else { return 0 }
            if codes[Int(glyph)] != 0 { return codes[Int(glyph)] }
            let code = UInt16(glyphs.count)
            codes[Int(glyph)] = code
            glyphs.append(glyph)
            characters.append(scalar)
            return code
        }
    }

    /// Writes the font's objects into `file` and returns the Type 0 font's object number.
    func write(into file: inout PDFFile) throws(PDFError) -> Int {
        let parts = try EmbeddedFontCache.shared.parts(of: font.postScriptName, glyphs: glyphs, characters: characters) { () throws(PDFError) in
            try embedding()
        }
        let type0 = file.reserve(), cidFont = file.reserve(), descriptor = file.reserve(), program = file.reserve(), toUnicode = file.reserve()
        file.write(
            type0,
            "<< /Type /Font /Subtype /Type0 /BaseFont /\(parts.name) /Encoding /Identity-H /DescendantFonts [\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R >>"
        )
        file.write(
            cidFont,
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /\(parts.name) /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                + "/FontDescriptor \(descriptor) 0 R /CIDToGIDMap /Identity /W [0 [\(parts.widths)]] >>")
        let box = font.boundingBox
        file.write(
            descriptor,
            "<< /Type /FontDescriptor /FontName /\(parts.name) /Flags 4 /FontBBox [\(scaled(box.xMin)) \(scaled(box.yMin)) \(scaled(box.xMax)) \(scaled(box.yMax))] "
                + "/ItalicAngle \(font.italicAngle == 0 ? "0" : String(font.italicAngle)) /Ascent \(scaled(font.ascent)) /Descent \(scaled(font.descent)) "
                + "/CapHeight \(scaled(font.capHeight)) /StemV 80 /FontFile2 \(program) 0 R >>")
        file.writeStream(program, "/Length1 \(parts.programLength)", compressed: parts.program)
        file.writeStream(toUnicode, compressed: parts.unicodeMap)
        return type0
    }

    /// What the font's objects hold for the glyphs shown: the subset's name, widths, font program and Unicode map.
    private func embedding() throws(PDFError) -> EmbeddedFontCache.Parts {
        let subset: TrueTypeSubset
        do { subset = try TrueTypeSubset(of: font, glyphs: glyphs) } catch {
            throw PDFError(message: "the font \(font.postScriptName) cannot be embedded: \(error)")
        }
        return EmbeddedFontCache.Parts(
            name: subsetTag() + "+" + font.postScriptName, widths: glyphs.map { String(scaled(font.advance(of: $0))) }.joined(separator: " "),
            program: try PDFFile.compressed(subset.bytes, effort: .thorough), programLength: subset.bytes.count,
            unicodeMap: try PDFFile.compressed(Array(unicodeMap().utf8), effort: .thorough))
    }

    /// A length in font units in thousandths of an em, as PDF font dictionaries give them.
    private func scaled(_ units: Int) -> Int { Int((Double(units) * 1000 / Double(font.unitsPerEm)).rounded()) }

    /// Six capital letters naming this subset (ISO 32000-1, 9.6.4), the same for the same glyphs.
    private func subsetTag() -> String {
        var value = FNV1a.hash(glyphs.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        return String(
            (0..<6).map { _ in
                defer { value /= 26 }
                return Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(value % 26)))
            })
    }

    /// The `ToUnicode` CMap: each subset glyph shown and the character it stands for, in UTF-16.
    private func unicodeMap() -> String {
        var map = """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """
        let entries = characters.indices.compactMap { code in characters[code].map { (code: UInt16(code), scalar: $0) } }
        var start = 0
        while start < entries.count {
            let block = entries[start..<min(start + 100, entries.count)]
            map += "\(block.count) beginbfchar\n"
            for (code, scalar) in block {
                let units = String(scalar).utf16.map { hex($0) }.joined()
                map += "<\(hex(code))> <\(units)>\n"
            }
            map += "endbfchar\n"
            start += 100
        }
        return map + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    }

    private func hex(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
