/// The ISO 8601 dates of date-typed cells (`t="d"`): `YYYY-MM-DD`, optionally `THH:MM[:SS[.fff]]`.
enum ISODateText {
    static func date(_ text: String) -> CellDate? {
        let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let day = parts[0].split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard day.count == 3, let year = day[0], let month = day[1], let dayOfMonth = day[2], (1...12).contains(month), (1...31).contains(dayOfMonth)
        else { return nil }
        guard parts.count == 2 else { return CellDate(year: year, month: month, day: dayOfMonth) }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(time.count), let hour = Int(time[0]), let minute = Int(time[1]), (0..<24).contains(hour), (0..<60).contains(minute),
            let seconds = time.count == 3 ? Double(time[2]) : 0, (0..<60).contains(seconds)
        else { return nil }
        let milliseconds = (hour * 3600 + minute * 60) * 1000 + Int((seconds * 1000).rounded())
        return CellDate(year: year, month: month, day: dayOfMonth, millisecondsOfDay: milliseconds)
    }
}
