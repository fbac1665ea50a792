/// What a cell holds, as the workbook stores it (a formula's cached result, never evaluated).
public enum CellValue: Sendable, Hashable {
    case text(String)
    case number(Double)
    case boolean(Bool)
    /// A number whose cell style is a date or time format, or an ISO 8601 date cell (`t="d"`).
    case date(CellDate)
    /// An error value such as `#DIV/0!` or `#N/A`.
    case error(String)
}
