/// Why a font file cannot be read or subset.
enum TrueTypeFontError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not start with a TrueType outline font's version.
    case notTrueType
    /// A table the font needs is absent.
    case missingTable(String)
    /// A table or a read runs past the end of the file.
    case truncated(table: String)
    /// A value no font has.
    case malformed(String)

    var description: String {
        switch self {
        case .notTrueType: "not a TrueType font with glyph outlines"
        case .missingTable(let tag): "the font has no '\(tag)' table"
        case .truncated(let table): "the font file is cut short (\(table))"
        case .malformed(let what): "the font file is malformed: \(what)"
        }
    }
}
