import Diagnostics
import JSONCore

/// Reads typed fields out of a JSON object, recording a diagnostic with a JSON Pointer for
/// every missing or mistyped field instead of stopping at the first.
struct JSONFieldReader {
    let value: JSONValue
    let pointer: JSONPointer
    let file: String
    let sink: DiagnosticSink

    /// The location of this value, or of its member `key`.
    func location(_ key: String? = nil) -> SourceLocation {
        SourceLocation(file: file, pointer: (key.map { pointer.appending($0) } ?? pointer).description)
    }

    /// A reader for the member `key`, or `nil` (with a diagnostic when `required`).
    func member(_ key: String, required: Bool = true) -> JSONFieldReader? {
        guard let member = value[key], member != .null else {
            if required { sink.add(.error(CatalogRule.missingField, "'\(key)' is required here", at: location(key))) }
            return nil
        }
        return JSONFieldReader(value: member, pointer: pointer.appending(key), file: file, sink: sink)
    }

    /// The string member `key`.
    func string(_ key: String, required: Bool = true) -> String? {
        guard let member = member(key, required: required) else { return nil }
        guard let text = member.value.stringValue else {
            sink.add(.error(CatalogRule.type, "'\(key)' must be a string, not \(member.value.typeName)", at: location(key)))
            return nil
        }
        return text
    }

    /// The number member `key`, when it is zero or of a size from 10^-9 to 10^12: wide enough
    /// for every quantity a catalogue holds (grams, percentages, hectares, emission factors),
    /// narrow enough that no figure made from them (a weight times a factor, a sum over lots)
    /// overflows or loses its meaning, and that a number too small to tell from zero (`1e-999`)
    /// is not read as zero.
    func number(_ key: String, required: Bool = true) -> Double? {
        guard let member = member(key, required: required) else { return nil }
        guard let number = member.value.numberValue else {
            sink.add(.error(CatalogRule.type, "'\(key)' must be a number, not \(member.value.typeName)", at: location(key)))
            return nil
        }
        guard number.isZero || number.hasSize(from: -9, to: 12) else {
            sink.add(
                .error(
                    CatalogRule.numberRange,
                    "'\(key)' is \(number), out of the range of a catalogue's numbers: zero, or a size from 10^-9 to 10^12", at: location(key)))
            return nil
        }
        return number.doubleValue
    }

    /// The boolean member `key`.
    func bool(_ key: String, required: Bool = true) -> Bool? {
        guard let member = member(key, required: required) else { return nil }
        guard let flag = member.value.boolValue else {
            sink.add(.error(CatalogRule.type, "'\(key)' must be true or false, not \(member.value.typeName)", at: location(key)))
            return nil
        }
        return flag
    }

    /// The elements of the array member `key`, each as a reader.
    func array(_ key: String, required: Bool = true) -> [JSONFieldReader] {
        guard let member = member(key, required: required) else { return [] }
        guard let elements = member.value.arrayValue else {
            sink.add(.error(CatalogRule.type, "'\(key)' must be an array, not \(member.value.typeName)", at: location(key)))
            return []
        }
        return elements.indices.map {
            JSONFieldReader(value: elements[$0], pointer: member.pointer.appending($0), file: file, sink: sink)
        }
    }

    /// The strings of the array member `key`.
    func strings(_ key: String, required: Bool = true) -> [String] {
        array(key, required: required).compactMap { element in
            guard let text = element.value.stringValue else {
                sink.add(.error(CatalogRule.type, "expected a string, not \(element.value.typeName)", at: element.location()))
                return nil
            }
            return text
        }
    }
}

/// Collects diagnostics from the stages of one run, in the order they are found.
public final class DiagnosticSink: @unchecked Sendable {
    // Used by one stage at a time; not shared across threads.
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    /// Records `diagnostic`.
    public func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// Records every diagnostic of `more`.
    public func add(contentsOf more: [Diagnostic]) { diagnostics.append(contentsOf: more) }
}
