import CatalogTables
import Foundation
import Passport
import Pipeline
import Rendering

/// The options several commands share, parsed the same way everywhere.
extension Arguments {
    /// `--jobs N`: how many inputs are worked on at once; one per processor core by default.
    mutating func jobs() throws(UsageError) -> JobCount {
        guard let text = try option("--jobs") else { return .perCore }
        guard let number = Int(text), let jobs = JobCount(number) else {
            throw UsageError("--jobs must be a whole number from \(JobCount.range.lowerBound) to \(JobCount.range.upperBound), not '\(text)'")
        }
        return jobs
    }

    /// `--format text|json`: the form of the printed report, text by default.
    mutating func format() throws(UsageError) -> ReportFormat {
        guard let text = try option("--format") else { return .text }
        guard let format = ReportFormat(rawValue: text) else { throw UsageError("--format must be text or json, not '\(text)'") }
        return format
    }

    /// `--at YYYY-MM-DD`: the date certificates must be valid on; `fallback` (today in UTC unless given) otherwise.
    mutating func checkDate(default fallback: CalendarDate? = nil) throws(UsageError) -> CalendarDate {
        guard let text = try option("--at") else { return fallback ?? Self.today }
        guard let date = CalendarDate(text) else { throw UsageError("--at must be a date YYYY-MM-DD, not '\(text)'") }
        return date
    }

    /// `--untp VERSION` (or the option `name`): the UNTP version passports are written in, the latest by default.
    mutating func untpVersion(_ name: String = "--untp") throws(UsageError) -> UNTPVersion {
        guard let text = try option(name) else { return .latest }
        guard let version = UNTPVersion(rawValue: text) else {
            throw UsageError("\(name) must be \(UNTPVersion.allCases.map(\.rawValue).joined(separator: " or ")), not '\(text)'")
        }
        return version
    }

    /// `--nginx DIR [--listen ADDR:PORT]`: where the site's nginx configuration goes, if asked for.
    mutating func nginxOutput() throws(UsageError) -> NginxOutput? {
        let folder = try option("--nginx")
        let listen = try option("--listen")
        guard let folder else {
            if listen != nil { throw UsageError("--listen goes with --nginx") }
            return nil
        }
        if let listen, !NginxConfiguration.isListenAddress(listen) {
            throw UsageError("--listen must be PORT or ADDR:PORT, the port from 1 to 65535 (8080, 127.0.0.1:8080, [::1]:8080), not '\(listen)'")
        }
        return NginxOutput(folder: URL(fileURLWithPath: folder), listen: listen ?? "80")
    }

    /// `--lang en|mn`: the language of a catalogue workbook's headers and sheet names, English by default.
    mutating func catalogLanguage() throws(UsageError) -> CatalogLanguage {
        guard let text = try option("--lang") else { return .english }
        guard let language = CatalogLanguage(rawValue: text) else { throw UsageError("--lang must be en or mn, not '\(text)'") }
        return language
    }

    /// `--quiet`: whether progress may be shown (it is, on one line, only when standard error is a terminal).
    mutating func progress(on console: Console) throws(UsageError) -> ProgressLine? {
        let quiet = try flag("--quiet")
        return !quiet && console.stderrIsTerminal ? ProgressLine(console: console) : nil
    }

    private static var today: CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!))!
    }
}

/// The `--format` of a printed report.
enum ReportFormat: String {
    case text, json
}
