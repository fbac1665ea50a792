import Synchronization

/// Large values a command has finished with, kept until the process exits instead of freed.
///
/// Freeing a million events and their indexes one object at a time takes about a second;
/// the operating system reclaims the whole process at once when it exits (as compilers do
/// with their syntax trees).
enum ExitTeardown {
    private static let kept = Mutex<[any Sendable]>([])

    /// Keeps `value` until the process exits.
    static func keep(_ value: some Sendable) {
        kept.withLock { $0.append(value) }
    }
}
