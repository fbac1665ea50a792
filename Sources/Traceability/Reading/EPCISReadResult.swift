import Diagnostics

/// The events of one EPCIS document and everything found wrong with it.
public struct EPCISReadResult: Sendable {
    /// The events in document order, without retracted ones.
    public var events: [EPCISEvent]
    /// Every problem found, each with its rule id and location.
    public var diagnostics: [Diagnostic]

    public init(events: [EPCISEvent], diagnostics: [Diagnostic]) {
        self.events = events
        self.diagnostics = diagnostics
    }
}
