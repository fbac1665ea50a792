import Diagnostics
import JSONCore

/// One check of a passport document: a stable id, what it protects, and the check itself.
///
/// Rules read the JSON-LD document, not the typed model, so that `dpp validate` checks any
/// passport file, whoever wrote it, and every finding points at a JSON Pointer.
public struct PassportRule: Sendable {
    public let id: String
    public let severity: Diagnostic.Severity
    /// One line saying what the rule demands.
    public let summary: String
    let check: @Sendable (PassportSubject, CheckContext) -> [Finding]

    init(_ id: String, _ summary: String, severity: Diagnostic.Severity = .error,
         check: @escaping @Sendable (PassportSubject, CheckContext) -> [Finding]) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.check = check
    }

    /// What a rule found: a message and where.
    struct Finding {
        let message: String
        let pointer: JSONPointer
    }
}

/// What a check run knows besides the document: the date it checks validity on.
public struct CheckContext: Sendable {
    /// Certificates must be valid on this date.
    public var date: CalendarDate
    public var fibreNames: FibreNames

    public init(date: CalendarDate, fibreNames: FibreNames = .standard) {
        self.date = date
        self.fibreNames = fibreNames
    }
}

/// The parts of a passport document the rules look at, with their pointers.
struct PassportSubject {
    let document: JSONValue

    static let subject = JSONPointer(tokens: ["credentialSubject"])
    static let product = subject.appending("product")
    static let characteristics = product.appending("characteristics")

    /// The value at `pointer`, if any.
    func value(at pointer: JSONPointer) -> JSONValue? { pointer.resolve(in: document) }

    /// The elements of the array at `pointer` with their pointers.
    func elements(at pointer: JSONPointer) -> [(JSONPointer, JSONValue)] {
        (value(at: pointer)?.arrayValue ?? []).enumerated().map { (pointer.appending($0.offset), $0.element) }
    }
}
