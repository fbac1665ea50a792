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
}
