import Dispatch
import Synchronization

/// Runs work on several threads and gives the results back in the order of the inputs.
///
/// The one way the pipeline works in parallel: `--jobs` of every command goes here. Workers
/// take the next index as they finish the last, so uneven inputs (one large file among small
/// ones) keep every worker busy; the results do not depend on the number of jobs.
public enum OrderedParallelMap {
    /// `transform` applied to every element of `elements`, `jobs` at a time, in the order of `elements`.
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], jobs: JobCount, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let workers = min(jobs.value, elements.count)
        guard workers > 1 else { return elements.map(transform) }
        let next = Atomic<Int>(0)
        let slots = ResultSlots<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < elements.count else { return }
                slots.store(transform(elements[index]), at: index)
            }
        }
        return slots.results
    }
}

/// One slot per input, each written by the one worker that took its index.
private final class ResultSlots<Result>: @unchecked Sendable {
    // Safe without a lock: every index is written by exactly one worker, and read after all have finished.
    private let slots: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ result: Result, at index: Int) { slots[index] = result }

    var results: [Result] { slots.map { $0! } }
}
