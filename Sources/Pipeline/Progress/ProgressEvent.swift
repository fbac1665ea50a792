/// Something a long run has got done, for a progress line.
public enum ProgressEvent: Sendable, Hashable {
    /// A run's stage and how much work it has ahead of it (`total` nil when not known yet).
    case started(stage: ProgressStage, total: Int?)
    /// One EPCIS document was read, with its number of events.
    case eventFileRead(path: String, events: Int)
    /// One passport (generated or validated) or credential (verified) is done.
    case passportDone
    /// One lot was traced.
    case traced
}

/// The stages a progress line names.
public enum ProgressStage: String, Sendable, Hashable {
    case readingEvents = "reading events"
    case indexing = "indexing events"
    case generating = "generating passports"
    case validating = "validating passports"
    case verifying = "verifying credentials"
    case tracing = "tracing"
    case publishing = "publishing traceability events"
    case publishingSite = "writing facility records, index and resolver files"
    case swapping = "swapping the site in"
}

/// Where a run reports its progress: a closure called from any thread, or nowhere.
public struct ProgressSink: Sendable {
    private let receive: (@Sendable (ProgressEvent) -> Void)?

    /// A sink that hands every event to `receive` (which must be safe to call from several threads).
    public init(_ receive: @escaping @Sendable (ProgressEvent) -> Void) { self.receive = receive }

    private init() { receive = nil }

    /// The sink that drops everything.
    public static let none = ProgressSink()

    /// Hands `event` on.
    public func report(_ event: ProgressEvent) { receive?(event) }
}
