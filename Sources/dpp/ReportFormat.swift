/// The `--format` of a printed report.
enum ReportFormat: String {
    case text, json

    /// The format named by `--format`, text when absent.
    init(_ option: String?) throws(UsageError) {
        guard let option else { self = .text; return }
        guard let format = ReportFormat(rawValue: option) else { throw UsageError("--format must be text or json, not '\(option)'") }
        self = format
    }
}
