import Foundation

/// How many inputs are worked on at once (`--jobs`): 1 to 1024, one per processor core by default.
///
/// Each input in flight holds its reader's working memory (a JSON document its bytes), so a
/// machine short of memory may work on one at a time.
public struct JobCount: Sendable, Hashable {
    /// The accepted range.
    public static let range = 1...1024

    public let value: Int

    /// `value` jobs, when it is in ``range``.
    public init?(_ value: Int) {
        guard Self.range.contains(value) else { return nil }
        self.value = value
    }

    /// One job per active processor core.
    public static var perCore: JobCount { JobCount(max(1, min(ProcessInfo.processInfo.activeProcessorCount, range.upperBound)))! }
}
