import Foundation

/// `--jobs N`: how many event files are read at once (default: one per processor core).
///
/// Each file being read holds its reader's working memory, and a JSON-LD file its bytes, so a
/// machine short of memory may read one at a time.
enum Jobs {
    static func parse(_ text: String?) throws(UsageError) -> Int {
        guard let text else { return max(1, ProcessInfo.processInfo.activeProcessorCount) }
        guard let jobs = Int(text), jobs >= 1, jobs <= 1024 else { throw UsageError("--jobs must be a whole number from 1 to 1024, not '\(text)'") }
        return jobs
    }
}
