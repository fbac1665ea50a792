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

/// What a check run knows besides the document: the date it checks validity on, the fibre
/// names, and the profile's thresholds.
public struct CheckContext: Sendable {
    /// Certificates must be valid on this date.
    public var date: CalendarDate
    public var fibreNames: FibreNames
    public var thresholds: ProfileThresholds

    public init(date: CalendarDate, fibreNames: FibreNames = .standard, thresholds: ProfileThresholds = ProfileThresholds()) {
        self.date = date
        self.fibreNames = fibreNames
        self.thresholds = thresholds
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

    /// The product's components with their pointers.
    var components: [(JSONPointer, JSONValue)] { elements(at: Self.characteristics.appending("components")) }

    /// Every fibre entry of every component, with its pointer.
    var fibreEntries: [(JSONPointer, JSONValue)] {
        components.flatMap { pointer, _ in elements(at: pointer.appending("fibreContent")) }
    }

    /// The fibre keys the composition names, in order of first appearance.
    var composedFibres: [String] {
        var keys: [String] = []
        for (_, fibre) in fibreEntries { if let key = fibre["fibre"]?.stringValue, !keys.contains(key) { keys.append(key) } }
        return keys
    }

    /// The origin lots with their pointers.
    var origins: [(JSONPointer, JSONValue)] { elements(at: Self.subject.appending("materialsProvenance")) }

    /// The fibre key of an origin, the last segment of its material type IRI (`.../fibre/cashmere`).
    static func fibreKey(ofOrigin origin: JSONValue) -> String? {
        guard let parts = origin["materialType"]?["id"]?.stringValue?.split(separator: "/"), parts.count >= 2,
              parts[parts.count - 2] == "fibre" else { return nil }
        return String(parts[parts.count - 1])
    }

    /// The certificates listed in the passport, by URL.
    var certificatesByURL: [String: (JSONPointer, JSONValue)] {
        var byURL: [String: (JSONPointer, JSONValue)] = [:]
        for (pointer, certificate) in elements(at: Self.subject.appending("certificates")) {
            if let url = certificate["certificateURL"]?.stringValue { byURL[url] = (pointer, certificate) }
        }
        return byURL
    }
}

extension JSONValue {
    /// The value as a `Double` when it is a number.
    var double: Double? { numberValue?.doubleValue }
}

extension Double {
    /// The number as a person writes it in a message: `20` rather than `20.0`, at most 6 decimals.
    var plain: String {
        let rounded = (self * 1_000_000).rounded() / 1_000_000
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }
}
