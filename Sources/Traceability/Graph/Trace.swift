import Diagnostics

/// Where one product, lot or item came from: its origin lots with their mass shares, and the
/// steps between them.
public struct Trace: Sendable, Hashable {
    /// The traced identifier, as a canonical Digital Link (or as given when it is not GS1).
    public var id: String
    /// The origin lots, largest share first.
    public var origins: [TraceOrigin]
    /// Every event on the way from the origins to `id`, oldest first.
    public var steps: [TraceStep]
    /// The share of the mass traced to an origin (1 when nothing was lost on the way).
    public var tracedMassFraction: Double
    /// What the walk could not resolve: inputs without origin, cycles, mass gained, lots without certificates.
    public var diagnostics: [Diagnostic]

    public init(id: String, origins: [TraceOrigin], steps: [TraceStep], tracedMassFraction: Double, diagnostics: [Diagnostic]) {
        self.id = id
        self.origins = origins
        self.steps = steps
        self.tracedMassFraction = tracedMassFraction
        self.diagnostics = diagnostics
    }
}
