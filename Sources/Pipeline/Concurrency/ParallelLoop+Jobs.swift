import Spooling

extension ParallelLoop {
    /// The loop that runs a reader's or writer's work `jobs` at a time, on the pipeline's one way of working in parallel.
    init(jobs: JobCount) {
        self.init(workers: jobs.value) { count, body in OrderedParallelMap.forEach(indicesBelow: count, jobs: jobs, body) }
    }
}
