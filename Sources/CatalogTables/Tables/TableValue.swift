import JSONCore
import Spreadsheets

/// A typed cell of a catalogue table, as a writer puts it in a workbook or a CSV file.
public enum TableValue: Sendable, Hashable {
    case text(String)
    /// An exact number (`JSONNumber`'s text is the shortest form that reads back the same).
    case number(JSONNumber)
    case boolean(Bool)
    /// A calendar date (no time of day), for a date cell.
    case date(CellDate)

    /// The value as a workbook cell holds it (a number as a `Double`, which every catalogue number fits).
    public var cellValue: CellValue {
        switch self {
        case .text(let text): .text(text)
        case .number(let number): .number(number.doubleValue)
        case .boolean(let flag): .boolean(flag)
        case .date(let date): .date(date)
        }
    }

    /// The value as a CSV field: the text, the number's JSON form, `TRUE` or `FALSE`, or `YYYY-MM-DD`.
    public var csvField: String {
        switch self {
        case .text(let text): text
        case .number(let number): number.description
        case .boolean(let flag): flag ? "TRUE" : "FALSE"
        case .date(let date): date.description
        }
    }
}
