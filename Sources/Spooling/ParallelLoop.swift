/// How a reader or a writer spreads its work over threads: the caller's way of running a loop's bodies at
/// once, so that they need no threads of their own and follow the run's `--jobs`.
public struct ParallelLoop: Sendable {
    /// How many bodies may run at once; 1 runs them one after the other.
    public let workers: Int
    /// Runs the body for every index below the count, `workers` at a time, in no fixed order,
    /// and returns when all have run.
    public let run: @Sendable (_ count: Int, _ body: @Sendable (Int) -> Void) -> Void

    /// A loop that runs `workers` bodies at once through `run`.
    public init(workers: Int, run: @escaping @Sendable (_ count: Int, _ body: @Sendable (Int) -> Void) -> Void) {
        self.workers = max(1, workers)
        self.run = run
    }

    /// One body after the other, on the calling thread.
    public static let sequential = ParallelLoop(workers: 1) { count, body in
        for index in 0..<count { body(index) }
    }

    /// `transform` of every index below `count`, `workers` at a time, in the order of the indices.
    ///
    /// Each body puts its result straight into the array returned: memory holds the results
    /// once, not in slots and then again in the array.
    public func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        guard min(workers, count) > 1 else { return (0..<count).map(transform) }
        return Array(unsafeUninitializedCapacity: count) { buffer, initializedCount in
            let slots = ResultSlots(base: buffer.baseAddress!)
            run(count) { index in slots.initialize(index, to: transform(index)) }
            initializedCount = count
        }
    }
}

/// The uninitialized elements of the array a map returns, each initialized by the one body that
/// took its index.
private struct ResultSlots<Result>: @unchecked Sendable {
    // Safe without a lock: every index is initialized by exactly one body, and the array is
    // read only after all have finished.
    let base: UnsafeMutablePointer<Result>

    func initialize(_ index: Int, to result: Result) { (base + index).initialize(to: result) }
}
