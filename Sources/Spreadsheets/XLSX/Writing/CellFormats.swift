/// The styles part the writer writes (`xl/styles.xml`) and the cell format (`cellXfs` index)
/// of each style and number format.
///
/// The cell formats are every ``CellDraft/Style`` with every ``NumberFormat``, in that order,
/// so that a date keeps its format under a header style.
enum CellFormats {
    /// How a cell's number shows.
    enum NumberFormat: Int, CaseIterable {
        case general
        /// `yyyy-mm-dd`, custom format 164.
        case date
        /// `yyyy-mm-dd hh:mm:ss`, custom format 165.
        case dateTime
        /// `@`, built in.
        case text

        /// The `numFmtId`: General (0) and Text (49) are built in, the dates are the workbook's own.
        var id: Int {
            switch self {
            case .general: 0
            case .date: 164
            case .dateTime: 165
            case .text: 49
            }
        }

        /// The format of a column's cells.
        init(_ format: ColumnDraft.Format) {
            switch format {
            case .general: self = .general
            case .text: self = .text
            case .date: self = .date
            }
        }
    }

    /// The `s` attribute of a cell of `style` showing its number as `format`.
    static func index(_ style: CellDraft.Style, _ format: NumberFormat) -> Int {
        style.rawValue * NumberFormat.allCases.count + format.rawValue
    }

    /// The fill of a required column's header: light yellow (ARGB).
    static let requiredFill = "FFFFF2CC"

    /// The part `xl/styles.xml`: Calibri 11 and its bold, no fill, the gray125 fill Excel keeps at
    /// index 1, the required fill, no borders, and the cell formats of ``index(_:_:)``.
    static let xml: String = {
        var xml = PackageParts.declaration + "<styleSheet xmlns=\"\(PackageParts.spreadsheetNamespace)\">"
        xml += "<numFmts count=\"2\"><numFmt numFmtId=\"\(NumberFormat.date.id)\" formatCode=\"yyyy-mm-dd\"/>"
        xml += "<numFmt numFmtId=\"\(NumberFormat.dateTime.id)\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/></numFmts>"
        xml += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        xml += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        xml += "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"\(requiredFill)\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        xml += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(CellDraft.Style.allCases.count * NumberFormat.allCases.count)\">"
        for style in CellDraft.Style.allCases {
            let font = style == .plain ? 0 : 1
            let fill = style == .requiredHeader ? 2 : 0
            for format in NumberFormat.allCases {
                xml += "<xf numFmtId=\"\(format.id)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"0\" xfId=\"0\""
                xml += format == .general ? "" : " applyNumberFormat=\"1\""
                xml += font == 0 ? "" : " applyFont=\"1\""
                xml += fill == 0 ? "" : " applyFill=\"1\""
                xml += "/>"
            }
        }
        xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
        return xml
    }()
}
