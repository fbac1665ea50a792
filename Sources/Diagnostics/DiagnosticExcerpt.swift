/// A user's text quoted in a diagnostic, shortened when long: a header cell of a million
/// characters named in full would make a message of a megabyte, printed for every row it locates.
public enum DiagnosticExcerpt {
    /// The most characters quoted whole.
    public static let limit = 60

    /// `text` when it has at most ``limit`` characters; else its first ``limit`` characters, an
    /// ellipsis and how many characters it has.
    public static func of(_ text: String) -> String {
        var end = text.startIndex
        var count = 0
        while end < text.endIndex && count < limit {
            end = text.index(after: end)
            count += 1
        }
        guard end < text.endIndex else { return text }
        return text[..<end] + "… (\(text.count) characters)"
    }

    /// `column "NAME"` for the column headed `name`, its name shortened as ``of(_:)`` does.
    public static func column(_ name: String) -> String { "column \"\(of(name))\"" }
}
