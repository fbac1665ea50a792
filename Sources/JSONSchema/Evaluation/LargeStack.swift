import Foundation

/// Runs deep recursion on a thread of its own with a large stack, so that deeply nested
/// instances cannot overflow the caller's (possibly small) thread stack.
enum LargeStack {
    /// The stack size of the helper thread: far more than `SchemaEvaluator.maximumDepth` needs.
    static let size = 256 << 20

    /// Runs `body` on a fresh large-stack thread and waits for it.
    static func run(_ body: @escaping () -> Void) {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) let work = body
        let thread = Thread {
            work()
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
    }
}
