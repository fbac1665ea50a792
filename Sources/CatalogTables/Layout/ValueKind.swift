/// What a column of the catalogue workbook holds, which decides how a cell becomes JSON.
public enum ValueKind: String, Sendable, Hashable, CaseIterable {
    /// A JSON string; a number typed into the cell is taken as its digits (`611012`).
    case text
    /// A JSON number: a number cell, or text that is a number (`70`, `3.5`, `-3`).
    case number
    /// `true` or `false`: a boolean cell, or `TRUE`, `FALSE`, `yes`, `no`, `тийм`, `үгүй`, `1`, `0`.
    case boolean
    /// A JSON string `YYYY-MM-DD`: a date cell (no time of day), or the date typed as text.
    case date
    /// A JSON array of strings, written in one cell separated by `;` (`herding; combing`).
    case textList

    /// The separator of a ``textList`` cell.
    public static let listSeparator: Character = ";"
}
