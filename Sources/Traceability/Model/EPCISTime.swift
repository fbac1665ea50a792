import CivilCalendar
import Spooling

/// An instant from an EPCIS `dateTime` (`2025-05-12T03:00:00.5+08:00`), exact to the nanosecond.
///
/// Two spellings of the same instant (`13:05Z` and `14:05+01:00`) are equal.
public struct EPCISTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Whole seconds since 1970-01-01T00:00:00Z.
    public var secondsSinceEpoch: Int64
    /// The fraction of the second, in nanoseconds (0..<1_000_000_000).
    public var nanoseconds: Int32

    public init(secondsSinceEpoch: Int64, nanoseconds: Int32 = 0) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.nanoseconds = nanoseconds
    }

    /// Parses an XML Schema `dateTime` with a time zone (`Z` or `±hh:mm`); `nil` when it is not one.
    public init?(_ text: some StringProtocol) {
        guard let time = text.withUTF8Bytes({ EPCISTime(utf8: $0) }) else { return nil }
        self = time
    }

    /// Parses the UTF-8 bytes of an XML Schema `dateTime` with a time zone, as ``init(_:)`` does.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var scanner = DigitScanner(bytes)
        guard let year = scanner.number(digits: 4), scanner.take("-"), let month = scanner.number(digits: 2), scanner.take("-"),
            let day = scanner.number(digits: 2), scanner.take("T"), let hour = scanner.number(digits: 2), scanner.take(":"),
            let minute = scanner.number(digits: 2), let second = scanner.take(":") ? scanner.number(digits: 2) : 0,
            (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year), hour <= 23, minute <= 59, second <= 60
        else { return nil }
        var nanos = 0
        if scanner.take(".") {
            var count = 0
            while let digit = scanner.digit() {
                if count < 9 { nanos = nanos * 10 + digit }
                count += 1
            }
            guard count > 0 else { return nil }
            for _ in count..<max(count, 9) { nanos *= 10 }
        }
        guard let offsetSeconds = scanner.timeZoneOffset(), scanner.atEnd else { return nil }
        let days = CivilDays.days(year: year, month: month, day: day)
        secondsSinceEpoch = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetSeconds)
        nanoseconds = Int32(nanos)
    }

    /// Parses a time-zone offset `±hh:mm` (or `Z`) into seconds east of UTC; `nil` when it is not one.
    public static func offsetSeconds(_ text: some StringProtocol) -> Int? {
        text.withUTF8Bytes { offsetSeconds(utf8: $0) }
    }

    /// Parses the UTF-8 bytes of a time-zone offset, as ``offsetSeconds(_:)`` does.
    public static func offsetSeconds(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var scanner = DigitScanner(bytes)
        guard let offset = scanner.timeZoneOffset(), scanner.atEnd else { return nil }
        return offset
    }

    /// The instant in UTC, `2025-05-12T03:00:00Z` (fraction only when there is one).
    public var description: String { formatted(offsetSeconds: 0) }

    /// The instant as local time at `offsetSeconds` east of UTC, with that offset written out.
    public func formatted(offsetSeconds: Int) -> String {
        let local = secondsSinceEpoch + Int64(offsetSeconds)
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let secondOfDay = Int(local - Int64(days) * 86_400)
        let (year, month, day) = CivilDays.date(fromDays: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text = "\(year)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
        if nanoseconds > 0 {
            var fraction = String(nanoseconds)
            fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text + (offsetSeconds == 0 ? "Z" : Self.offsetText(offsetSeconds))
    }

    /// `±hh:mm` for `seconds` east of UTC (`+00:00` for UTC), as `eventTimeZoneOffset` writes it.
    public static func offsetText(_ seconds: Int) -> String {
        let magnitude = abs(seconds)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return (seconds < 0 ? "-" : "+") + two(magnitude / 3600) + ":" + two(magnitude / 60 % 60)
    }

    public static func < (lhs: EPCISTime, rhs: EPCISTime) -> Bool {
        (lhs.secondsSinceEpoch, lhs.nanoseconds) < (rhs.secondsSinceEpoch, rhs.nanoseconds)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Reads fixed-width digits and separators from ASCII bytes.
private struct DigitScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func digit() -> Int? {
        guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else { return nil }
        defer { index += 1 }
        return Int(bytes[index] - 0x30)
    }

    mutating func number(digits count: Int) -> Int? {
        var value = 0
        for _ in 0..<count {
            guard let digit = digit() else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func timeZoneOffset() -> Int? {
        if take("Z") { return 0 }
        let sign: Int
        if take("+") { sign = 1 } else if take("-") { sign = -1 } else { return nil }
        guard let hours = number(digits: 2), take(":"), let minutes = number(digits: 2), hours <= 14, minutes <= 59 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
