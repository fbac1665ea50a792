/// A TrueType font holding only the glyphs a document uses, numbered from 0 in the order given,
/// with the glyphs composite glyphs are built from added after them: the tables a PDF's
/// embedded TrueType font program needs (ISO 32000-1, 9.9: `glyf`, `head`, `hhea`, `hmtx`,
/// `loca`, `maxp`, and the hinting tables `cvt `, `fpgm` and `prep` when the font has them).
struct TrueTypeSubset {
    /// The original glyph of each new glyph number.
    let glyphs: [UInt16]
    /// The font file.
    let bytes: [UInt8]

    /// The subset of `font` with `used` (original glyph numbers; the first must be 0, the
    /// missing glyph) as glyphs 0, 1, 2, …
    ///
    /// - Throws: ``TrueTypeFontError`` when a composite glyph's outline runs past its end.
    init(of font: TrueTypeFont, glyphs used: [UInt16]) throws(TrueTypeFontError) {
        precondition(used.first == 0, "glyph 0 comes first")
        var glyphs = used
        var number = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($0.element, UInt16($0.offset)) })
        var outlines: [[UInt8]] = []
        var next = 0
        while next < glyphs.count {
            var outline = Array(font.bytes[font.outlineOffsets[Int(glyphs[next])]..<font.outlineOffsets[Int(glyphs[next]) + 1]])
            try Self.renumberComponents(of: &outline) { (component) throws(TrueTypeFontError) -> UInt16 in
                guard Int(component) < font.glyphCount else { throw .malformed("component glyph \(component)") }
                if let known = number[component] { return known }
                let new = UInt16(glyphs.count)
                number[component] = new
                glyphs.append(component)
                return new
            }
            outlines.append(outline)
            next += 1
        }
        self.glyphs = glyphs
        bytes = try Self.file(of: font, glyphs: glyphs, outlines: outlines)
    }

    /// Rewrites the component glyph numbers of a composite glyph's outline with `renumber`;
    /// a simple glyph's outline is left as it is.
    private static func renumberComponents(
        of outline: inout [UInt8], _ renumber: (UInt16) throws(TrueTypeFontError) -> UInt16
    ) throws(TrueTypeFontError) {
        guard outline.count >= 10, outline[0] & 0x80 != 0 else { return }
        var at = 10
        while true {
            guard at + 4 <= outline.count else { throw .malformed("composite glyph cut short") }
            let flags = UInt16(outline[at]) << 8 | UInt16(outline[at + 1])
            let component = try renumber(UInt16(outline[at + 2]) << 8 | UInt16(outline[at + 3]))
            outline[at + 2] = UInt8(component >> 8)
            outline[at + 3] = UInt8(component & 0xFF)
            at += 4 + (flags & 0x0001 != 0 ? 4 : 2)
            if flags & 0x0008 != 0 {
                at += 2
            } else if flags & 0x0040 != 0 {
                at += 4
            } else if flags & 0x0080 != 0 {
                at += 8
            }
            guard flags & 0x0020 != 0 else { return }
        }
    }

    /// The font file of `glyphs` with their `outlines`.
    private static func file(of font: TrueTypeFont, glyphs: [UInt16], outlines: [[UInt8]]) throws(TrueTypeFontError) -> [UInt8] {
        let reader = FontBytes(font.bytes)
        func copy(_ tag: String) -> [UInt8]? { font.tables[tag].map { Array(font.bytes[$0]) } }
        var glyf: [UInt8] = []
        var loca: [UInt8] = []
        for outline in outlines {
            loca.appendBigEndian(UInt32(glyf.count))
            glyf += outline
            glyf += repeatElement(0, count: (4 - outline.count % 4) % 4)
        }
        loca.appendBigEndian(UInt32(glyf.count))
        let hmtx = font.tables["hmtx"]!.lowerBound
        let metricCount = Int(try reader.uint16(at: font.tables["hhea"]!.lowerBound + 34))
        var metrics: [UInt8] = []
        for glyph in glyphs.map(Int.init) {
            metrics.appendBigEndian(UInt16(font.advances[glyph]))
            let bearing = glyph < metricCount ? hmtx + 4 * glyph + 2 : hmtx + 4 * metricCount + 2 * (glyph - metricCount)
            metrics.appendBigEndian(try reader.uint16(at: bearing))
        }
        guard var head = copy("head"), head.count >= 54, var hhea = copy("hhea"), hhea.count >= 36, var maxp = copy("maxp"), maxp.count >= 6
        else { throw .malformed("head, hhea or maxp too short") }
        head.replaceSubrange(8..<12, with: [0, 0, 0, 0])
        head.replaceSubrange(50..<52, with: [0, 1])
        hhea.replaceSubrange(34..<36, with: [UInt8(glyphs.count >> 8), UInt8(glyphs.count & 0xFF)])
        maxp.replaceSubrange(4..<6, with: [UInt8(glyphs.count >> 8), UInt8(glyphs.count & 0xFF)])
        var tables: [(String, [UInt8])] = [("glyf", glyf), ("head", head), ("hhea", hhea), ("hmtx", metrics), ("loca", loca), ("maxp", maxp)]
        for tag in ["cvt ", "fpgm", "prep"] { if let table = copy(tag) { tables.append((tag, table)) } }
        tables.sort { $0.0 < $1.0 }
        var file: [UInt8] = []
        let power = 1 << (Int.bitWidth - 1 - tables.count.leadingZeroBitCount)
        file.appendBigEndian(UInt32(0x0001_0000))
        for value in [tables.count, 16 * power, power.trailingZeroBitCount, 16 * (tables.count - power)] { file.appendBigEndian(UInt16(value)) }
        var offset = 12 + 16 * tables.count
        for (tag, table) in tables {
            file += Array(tag.utf8)
            file.appendBigEndian(checksum(table))
            file.appendBigEndian(UInt32(offset))
            file.appendBigEndian(UInt32(table.count))
            offset += (table.count + 3) / 4 * 4
        }
        var headOffset = 0
        for (tag, table) in tables {
            if tag == "head" { headOffset = file.count }
            file += table
            file += repeatElement(0, count: (4 - table.count % 4) % 4)
        }
        let adjustment = 0xB1B0_AFBA &- checksum(file)
        var adjustmentBytes: [UInt8] = []
        adjustmentBytes.appendBigEndian(adjustment)
        file.replaceSubrange(headOffset + 8..<headOffset + 12, with: adjustmentBytes)
        return file
    }

    /// The sum of `bytes` as big-endian 32-bit words, the last padded with zeros.
    private static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0
        var index = 0
        while index < bytes.count {
            var word: UInt32 = 0
            for byte in 0..<4 { word = word << 8 | UInt32(index + byte < bytes.count ? bytes[index + byte] : 0) }
            sum &+= word
            index += 4
        }
        return sum
    }
}
