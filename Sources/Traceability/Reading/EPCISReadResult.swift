import Diagnostics

/// The events of one EPCIS document and everything found wrong with it.
public struct EPCISReadResult: Sendable {
    /// The events in document order, without retracted ones, kept as records (see ``EventRecords``).
    public var records: EventRecords
    /// Every problem found, each with its rule id and location.
    public var diagnostics: [Diagnostic]

    public init(records: EventRecords, diagnostics: [Diagnostic]) {
        self.records = records
        self.diagnostics = diagnostics
    }

    /// A result holding `events`.
    public init(events: [EPCISEvent], diagnostics: [Diagnostic]) {
        self.init(records: EventRecords(events), diagnostics: diagnostics)
    }

    /// The events in document order, read back from their records: for small documents and tests.
    public var events: [EPCISEvent] { records.events }
}
