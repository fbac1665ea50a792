extension TraceGraph {
    /// Every transformation event as a step, in the graph's order (each once, whatever its outputs).
    public var transformationSteps: [TraceStep] {
        Set(producers.allEvents).sorted().map { TraceStep(event: event($0), number: EventNumber(value: $0)) }
    }

    /// Whether a transformation puts out `id` (a canonical identifier).
    public func isProduced(_ id: String) -> Bool { !producers[number(of: id)].isEmpty }
}
