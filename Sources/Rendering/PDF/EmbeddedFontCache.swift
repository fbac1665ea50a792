import Synchronization

/// The embedded form of font subsets, kept by the glyphs and characters they hold: a
/// programme's labels of one product show the same glyphs lot after lot, and making the subset
/// and compressing it is most of a label PDF's cost. The parts are what the subset would give
/// anyway, so a PDF's bytes do not depend on what the cache held.
final class EmbeddedFontCache: Sendable {
    /// The process's cache.
    static let shared = EmbeddedFontCache()
    /// The most subsets kept; the cache starts again empty when it is full.
    static let capacity = 256

    /// A subset's parts: its name with its tag, its widths as the `/W` array lists them, its
    /// font program and Unicode map compressed, and the program's length uncompressed.
    struct Parts: Sendable {
        let name: String
        let widths: String
        let program: [UInt8]
        let programLength: Int
        let unicodeMap: [UInt8]
    }

    private struct Key: Hashable {
        let font: String
        let glyphs: [UInt16]
        let characters: [Unicode.Scalar?]
    }

    private let entries = Mutex<[Key: Parts]>([:])

    /// The parts of the subset of `font` with `glyphs` standing for `characters` (by the subset's
    /// glyph numbers), made by `make` unless an earlier call made them.
    func parts(
        of font: String, glyphs: [UInt16], characters: [Unicode.Scalar?], make: () throws(PDFError) -> Parts
    ) throws(PDFError) -> Parts {
        let key = Key(font: font, glyphs: glyphs, characters: characters)
        if let parts = entries.withLock({ $0[key] }) { return parts }
        let parts = try make()
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = parts
        }
        return parts
    }
}
