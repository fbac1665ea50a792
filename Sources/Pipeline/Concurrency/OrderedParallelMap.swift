import Dispatch
import Spooling
import Synchronization

/// Runs work on several threads and gives the results back in the order of the inputs.
///
/// The one way the pipeline works in parallel: `--jobs` of every command goes here. Workers
/// take the next index as they finish the last, so uneven inputs (one large file among small
/// ones) keep every worker busy; the results do not depend on the number of jobs.
public enum OrderedParallelMap {
    /// `transform` applied to every element of `elements`, `jobs` at a time, in the order of `elements`.
    ///
    /// Each worker puts its result straight into the array returned: memory holds the results
    /// once, not in slots and then again in the array.
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], jobs: JobCount, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        ParallelLoop(jobs: jobs).map(elements.count) { transform(elements[$0]) }
    }

    /// Runs `body` once for every index below `count`, `jobs` at a time, in no fixed order: for
    /// work whose results go elsewhere (a file, a collector), so that no result is held per index.
    public static func forEach(indicesBelow count: Int, jobs: JobCount, _ body: @Sendable (Int) -> Void) {
        let workers = min(jobs.value, count)
        guard workers > 1 else {
            for index in 0..<count { body(index) }
            return
        }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                body(index)
            }
        }
    }
}
