/// A cell's place on a sheet, such as `C7`: a 1-based column (A is 1) and a 1-based row.
public struct CellReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let column: Int
    public let row: Int

    /// The most columns and rows a sheet has (ECMA-376: XFD and 1,048,576).
    public static let maximumColumn = 16_384
    public static let maximumRow = 1_048_576

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// The reference spelled `text` (`C7`, `$C$7`), or `nil` when it is not one within the sheet's bounds.
    public init?(_ text: String) {
        var column = 0
        var row = 0
        var seenDigit = false
        for character in text.utf8 where character != UInt8(ascii: "$") {
            switch character {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !seenDigit:
                column = column * 26 + Int(character - UInt8(ascii: "A") + 1)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                seenDigit = true
                row = row * 10 + Int(character - UInt8(ascii: "0"))
            default: return nil
            }
            guard column <= Self.maximumColumn, row <= Self.maximumRow else { return nil }
        }
        guard column > 0, row > 0 else { return nil }
        self.init(column: column, row: row)
    }

    /// The column's letters: `A` for 1, `Z` for 26, `AA` for 27.
    public var columnName: String {
        var letters: [Character] = []
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))), at: 0)
            rest = (rest - 1) / 26
        }
        return String(letters)
    }

    public var description: String { "\(columnName)\(row)" }

    /// Row by row, then column by column, as a sheet is read.
    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
