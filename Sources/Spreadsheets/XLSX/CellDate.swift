/// A date and time of day as a workbook holds it: no time zone, to the millisecond.
///
/// Serial 0 of the 1900 system is the day Excel shows as 1900-01-00 (a time alone), and serial
/// 60 the 1900-02-29 it shows; both are kept as Excel shows them.
public struct CellDate: Sendable, Hashable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    /// Milliseconds since midnight.
    public let millisecondsOfDay: Int

    public init(year: Int, month: Int, day: Int, millisecondsOfDay: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.millisecondsOfDay = millisecondsOfDay
    }

    /// `YYYY-MM-DD`, then `THH:MM:SS` when there is a time of day (and `.mmm` when it has milliseconds).
    public var description: String {
        var text = "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
        guard millisecondsOfDay > 0 else { return text }
        let seconds = millisecondsOfDay / 1000
        text += "T\(Self.padded(seconds / 3600, 2)):\(Self.padded(seconds / 60 % 60, 2)):\(Self.padded(seconds % 60, 2))"
        if millisecondsOfDay % 1000 > 0 { text += "." + Self.padded(millisecondsOfDay % 1000, 3) }
        return text
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
