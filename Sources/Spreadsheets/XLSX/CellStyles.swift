import Diagnostics

/// The cell styles of a workbook (`xl/styles.xml`), as far as reading values needs them: which
/// styles show a number as a date or time.
struct CellStyles {
    /// For each cell style (`cellXfs` index, a cell's `s`), whether its number format is a date or time.
    let dateStyles: [Bool]

    /// Whether style `index` is a date or time format.
    func isDate(style index: Int) -> Bool {
        dateStyles.indices.contains(index) && dateStyles[index]
    }

    /// The built-in number formats that are dates or times (ECMA-376 Part 1 §18.8.30: 14–22 and
    /// 45–47; 27–36 and 50–58 are the East Asian locales' date formats).
    private static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47).union(27...36).union(50...58)

    static func read(_ reader: XMLPullReader) throws(Diagnostic) -> CellStyles {
        var customDates: [Int: Bool] = [:]
        var inCellFormats = false
        var dateStyles: [Bool] = []
        while let event = try reader.next() {
            switch event {
            case .start("numFmt", let attributes, _):
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                    customDates[id] = isDateFormat(code)
                }
            case .start("cellXfs", _, _): inCellFormats = true
            case .end("cellXfs"): inCellFormats = false
            case .start("xf", let attributes, _) where inCellFormats:
                let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
                dateStyles.append(customDates[id] ?? builtInDateFormats.contains(id))
            default: continue
            }
        }
        return CellStyles(dateStyles: dateStyles)
    }

    /// Whether the number format `code` shows a date or time: a `d`, `m`, `y`, `h` or `s`
    /// outside quoted text, escaped characters and brackets (colours, conditions, locales),
    /// or an elapsed time (`[h]`, `[mm]`, `[ss]`).
    static func isDateFormat(_ code: String) -> Bool {
        var characters = code.lowercased().makeIterator()
        while let character = characters.next() {
            switch character {
            case "\"":
                while let quoted = characters.next(), quoted != "\"" {}
            case "\\", "_", "*": _ = characters.next()
            case "[":
                var bracket = ""
                while let inside = characters.next(), inside != "]" { bracket.append(inside) }
                if !bracket.isEmpty, bracket.allSatisfy({ "hms".contains($0) }) { return true }
            case "d", "m", "y", "h", "s": return true
            default: continue
            }
        }
        return false
    }
}
