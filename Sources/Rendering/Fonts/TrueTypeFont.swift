/// A TrueType font file (glyph outlines in `glyf`) read for setting text and embedding the
/// glyphs a document uses: the character map, advance widths, the outlines' byte ranges and
/// the metrics a PDF font descriptor names (OpenType 1.9, tables `head`, `hhea`, `maxp`,
/// `hmtx`, `cmap`, `loca`, `glyf`, `OS/2`, `post`).
///
/// Characters map to glyphs one by one, as a simple text renderer sets them: no shaping and no
/// kerning, so a width measured here is the width drawn.
struct TrueTypeFont: Sendable {
    /// The file's bytes.
    let bytes: [UInt8]
    /// The name PDF fonts are given (`name` is not read: the file name's stem).
    let postScriptName: String
    /// Font units per em.
    let unitsPerEm: Int
    /// The number of glyphs.
    let glyphCount: Int
    /// Each glyph's advance width in font units.
    let advances: [UInt16]
    /// Each glyph's outline in the file: glyph `g` is `outlineOffsets[g]..<outlineOffsets[g + 1]`.
    let outlineOffsets: [Int]
    /// The glyph of each character of the Basic Multilingual Plane (0 for none).
    private let basicGlyphs: [UInt16]
    /// The glyph of each character above it.
    private let supplementaryGlyphs: [UInt32: UInt16]
    /// The byte range of each table by its tag.
    let tables: [String: Range<Int>]
    /// The descriptor's metrics in font units: the bounding box of all glyphs, ascent, descent, cap height.
    let boundingBox: (xMin: Int, yMin: Int, xMax: Int, yMax: Int)
    let ascent: Int
    let descent: Int
    let capHeight: Int
    /// The italic angle in degrees.
    let italicAngle: Double

    /// Reads the font in `bytes`, named `postScriptName`.
    ///
    /// - Throws: ``TrueTypeFontError`` for a file that is not a TrueType font with outlines, or
    ///   whose tables do not fit in it.
    init(bytes: [UInt8], postScriptName: String) throws(TrueTypeFontError) {
        let reader = FontBytes(bytes)
        guard bytes.count >= 12, [0x0001_0000, 0x7472_7565].contains(try reader.uint32(at: 0)) else { throw .notTrueType }
        var tables: [String: Range<Int>] = [:]
        for index in 0..<Int(try reader.uint16(at: 4)) {
            let record = 12 + 16 * index
            let tag = String(decoding: try reader.slice(record, 4), as: UTF8.self)
            let offset = Int(try reader.uint32(at: record + 8))
            let length = Int(try reader.uint32(at: record + 12))
            guard offset <= bytes.count, length <= bytes.count - offset else { throw .truncated(table: tag) }
            tables[tag] = offset..<offset + length
        }
        func table(_ tag: String) throws(TrueTypeFontError) -> Range<Int> {
            guard let range = tables[tag] else { throw .missingTable(tag) }
            return range
        }
        let head = try table("head").lowerBound, hhea = try table("hhea").lowerBound, maxp = try table("maxp").lowerBound
        let hmtx = try table("hmtx").lowerBound, loca = try table("loca").lowerBound, cmap = try table("cmap").lowerBound
        let glyfTable = try table("glyf"), glyf = glyfTable.lowerBound
        unitsPerEm = Int(try reader.uint16(at: head + 18))
        guard (16...16384).contains(unitsPerEm) else { throw .malformed("unitsPerEm \(unitsPerEm)") }
        boundingBox = (
            Int(try reader.int16(at: head + 36)), Int(try reader.int16(at: head + 38)), Int(try reader.int16(at: head + 40)),
            Int(try reader.int16(at: head + 42))
        )
        let longOffsets = try reader.int16(at: head + 50) == 1
        glyphCount = Int(try reader.uint16(at: maxp + 4))
        guard glyphCount > 0 else { throw .malformed("no glyphs") }
        ascent = Int(try reader.int16(at: hhea + 4))
        descent = Int(try reader.int16(at: hhea + 6))
        let metricCount = Int(try reader.uint16(at: hhea + 34))
        guard (1...glyphCount).contains(metricCount) else { throw .malformed("numberOfHMetrics \(metricCount)") }
        var advances: [UInt16] = []
        advances.reserveCapacity(glyphCount)
        for glyph in 0..<metricCount { advances.append(try reader.uint16(at: hmtx + 4 * glyph)) }
        advances += repeatElement(advances[metricCount - 1], count: glyphCount - metricCount)
        self.advances = advances
        var outlineOffsets: [Int] = []
        outlineOffsets.reserveCapacity(glyphCount + 1)
        for glyph in 0...glyphCount {
            let offset = longOffsets ? Int(try reader.uint32(at: loca + 4 * glyph)) : 2 * Int(try reader.uint16(at: loca + 2 * glyph))
            guard glyf + offset <= glyfTable.upperBound, glyph == 0 || glyf + offset >= outlineOffsets[glyph - 1] else {
                throw .malformed("loca entry \(glyph)")
            }
            outlineOffsets.append(glyf + offset)
        }
        self.outlineOffsets = outlineOffsets
        (basicGlyphs, supplementaryGlyphs) = try Self.characterMap(reader, at: cmap, glyphCount: glyphCount)
        if let os2 = tables["OS/2"], os2.count >= 90, try reader.uint16(at: os2.lowerBound) >= 2 {
            capHeight = Int(try reader.int16(at: os2.lowerBound + 88))
        } else {
            capHeight = ascent
        }
        if let post = tables["post"], post.count >= 8 {
            italicAngle = Double(try reader.int32(at: post.lowerBound + 4)) / 65536
        } else {
            italicAngle = 0
        }
        self.bytes = bytes
        self.tables = tables
        self.postScriptName = postScriptName
    }

    /// The glyph `scalar` is drawn with, or `nil` when the font has none.
    func glyph(for scalar: Unicode.Scalar) -> UInt16? {
        let glyph = scalar.value < 0x1_0000 ? basicGlyphs[Int(scalar.value)] : supplementaryGlyphs[scalar.value] ?? 0
        return glyph == 0 ? nil : glyph
    }

    /// The advance of `glyph` in font units.
    func advance(of glyph: UInt16) -> Int { Int(advances[Int(glyph)]) }

    /// The character map's Unicode subtable (format 12 preferred, else format 4) as a table of
    /// the Basic Multilingual Plane and a dictionary of the characters above it.
    private static func characterMap(_ reader: FontBytes, at cmap: Int, glyphCount: Int) throws(TrueTypeFontError) -> ([UInt16], [UInt32: UInt16]) {
        var format4: Int?
        var format12: Int?
        for index in 0..<Int(try reader.uint16(at: cmap + 2)) {
            let record = cmap + 4 + 8 * index
            let platform = try reader.uint16(at: record), encoding = try reader.uint16(at: record + 2)
            let subtable = cmap + Int(try reader.uint32(at: record + 4))
            let unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
            guard unicode else { continue }
            switch try reader.uint16(at: subtable) {
            case 4: format4 = format4 ?? subtable
            case 12: format12 = format12 ?? subtable
            default: continue
            }
        }
        var basic = [UInt16](repeating: 0, count: 0x1_0000)
        var supplementary: [UInt32: UInt16] = [:]
        // No more characters than Unicode has, however the subtable's ranges overlap.
        var budget = 0x11_0000
        func spend(_ count: UInt32) throws(TrueTypeFontError) {
            budget -= Int(count) + 1
            guard budget >= 0 else { throw .malformed("cmap maps more characters than Unicode has") }
        }
        func map(_ character: UInt32, _ glyph: UInt32) {
            guard glyph < glyphCount, character <= 0x10_FFFF else { return }
            if character < 0x1_0000 { basic[Int(character)] = UInt16(glyph) } else { supplementary[character] = UInt16(glyph) }
        }
        if let subtable = format12 {
            let groups = Int(try reader.uint32(at: subtable + 12))
            guard groups <= reader.count / 12 else { throw .malformed("cmap format 12 groups") }
            for group in 0..<groups {
                let record = subtable + 16 + 12 * group
                let first = try reader.uint32(at: record), last = try reader.uint32(at: record + 4), glyph = try reader.uint32(at: record + 8)
                guard first <= last, last <= 0x10_FFFF else { throw .malformed("cmap format 12 group \(group)") }
                try spend(last - first)
                for character in first...last { map(character, glyph &+ (character - first)) }
            }
        } else if let subtable = format4 {
            let segments = Int(try reader.uint16(at: subtable + 6)) / 2
            let ends = subtable + 14, starts = ends + 2 * segments + 2
            let deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments
            for segment in 0..<segments {
                let end = UInt32(try reader.uint16(at: ends + 2 * segment)), start = UInt32(try reader.uint16(at: starts + 2 * segment))
                let delta = UInt32(try reader.uint16(at: deltas + 2 * segment))
                let rangeOffsetAt = rangeOffsets + 2 * segment
                let rangeOffset = Int(try reader.uint16(at: rangeOffsetAt))
                guard start <= end else { continue }
                try spend(end - start)
                for character in start...end {
                    if rangeOffset == 0 {
                        map(character, (character &+ delta) & 0xFFFF)
                    } else {
                        let glyph = UInt32(try reader.uint16(at: rangeOffsetAt + rangeOffset + 2 * Int(character - start)))
                        map(character, glyph == 0 ? 0 : (glyph &+ delta) & 0xFFFF)
                    }
                }
            }
        } else {
            throw .missingTable("cmap (a Unicode subtable of format 4 or 12)")
        }
        return (basic, supplementary)
    }
}
