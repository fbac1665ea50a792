import Diagnostics
import JSONCore
import Spooling

/// What both syntax readers share: turning field text into typed values, with diagnostics.
///
/// The XML and JSON readers walk their own syntax and hand each value here, so that a
/// time, a number, an identifier or a vocabulary word is checked and normalised the same way.
struct EventFieldReader {
    let source: String
    private(set) var diagnostics: [Diagnostic] = []
    private var identifiers = IdentifierNormalizer()
    /// The file and list pointer the events' locations share.
    var origins = EventSourceLocation.Origins()
    /// Vocabulary values already normalised: documents repeat a handful of them.
    private var vocabularyValues = BoundedMemo<VocabularyValue, CBVVocabulary.Normalised>(limit: memoryLimit)
    /// Numbers already read, by their text and by value: quantities repeat, and each number
    /// read anew would hold digits of its own.
    private var numbersByText = BoundedByteMemo<JSONNumber>(limit: memoryLimit)
    private var numbers = BoundedMemo<JSONNumber, JSONNumber>(limit: memoryLimit)
    /// Texts already read, for those that repeat: master data values, certificate references.
    private var texts = BoundedByteMemo<String>(limit: memoryLimit)
    /// How many values each memory keeps.
    private static let memoryLimit = 4096

    private struct VocabularyValue: Hashable {
        let vocabulary: CBVVocabulary
        let text: String
    }

    init(source: String) { self.source = source }

    /// The location of `place` in this reader's document.
    func location(_ place: ValuePlace) -> SourceLocation {
        switch place {
        case .line(let line): SourceLocation(file: source, line: Int(line))
        case .pointer(let pointer): SourceLocation(file: source, pointer: pointer.description)
        }
    }

    /// Records an error of `rule`, whatever the rule's default severity.
    mutating func error(_ rule: EPCISRule, _ message: String, at location: SourceLocation) {
        diagnostics.append(.error(rule, message, at: location))
    }

    /// Records a warning of `rule`, whatever the rule's default severity.
    mutating func warning(_ rule: EPCISRule, _ message: String, at location: SourceLocation) {
        diagnostics.append(.warning(rule, message, at: location))
    }

    /// Records `diagnostic`, of a rule that is not the readers' own (malformed JSON in one event).
    mutating func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// A `dateTime` with a time zone.
    mutating func time(_ text: String, field: String, at place: ValuePlace) -> EPCISTime? {
        text.withUTF8Bytes { time(utf8: $0, field: field, at: place) }
    }

    /// A `dateTime` with a time zone, given as its UTF-8 bytes: no string is made unless it is wrong.
    mutating func time(utf8 bytes: UnsafeBufferPointer<UInt8>, field: String, at place: ValuePlace) -> EPCISTime? {
        if let time = EPCISTime(utf8: bytes.trimmingWhitespace()) { return time }
        let text = String(decoding: bytes, as: UTF8.self)
        error(
            .time, "\(field) '\(text)' is not a date and time with a time zone, such as 2025-05-12T03:00:00Z or 2025-05-12T11:00:00+08:00",
            at: location(place))
        return nil
    }

    /// A time-zone offset `±hh:mm`, returned as written.
    mutating func timeZoneOffset(_ text: String, at place: ValuePlace) -> String {
        text.withUTF8Bytes { timeZoneOffset(utf8: $0, at: place) }
    }

    /// A time-zone offset `±hh:mm` given as its UTF-8 bytes, returned as written.
    mutating func timeZoneOffset(utf8 bytes: UnsafeBufferPointer<UInt8>, at place: ValuePlace) -> String {
        let trimmed = bytes.trimmingWhitespace()
        let offset = String(decoding: trimmed, as: UTF8.self)
        if EPCISTime.offsetSeconds(utf8: trimmed) != nil && offset != "Z" { return offset }
        error(
            .timeZoneOffset, "eventTimeZoneOffset '\(String(decoding: bytes, as: UTF8.self))' is not an offset such as +08:00 or -06:00",
            at: location(place))
        return offset
    }

    /// An exact decimal number.
    mutating func decimal(_ text: String, field: String, at place: ValuePlace) -> JSONNumber? {
        text.withUTF8Bytes { decimal(utf8: $0, field: field, at: place) }
    }

    /// An exact decimal number given as its UTF-8 bytes: a string is made only for a text not
    /// read before.
    mutating func decimal(utf8 bytes: UnsafeBufferPointer<UInt8>, field: String, at place: ValuePlace) -> JSONNumber? {
        if let known = numbersByText.value(for: bytes) { return known }
        guard let number = parseDecimal(String(decoding: bytes, as: UTF8.self), field: field, at: place) else { return nil }
        numbersByText.remember(number, for: bytes)
        return number
    }

    /// `number`, sharing its storage with an equal number read before.
    mutating func shared(_ number: JSONNumber) -> JSONNumber {
        numbers.value(for: number) { number }
    }

    private mutating func parseDecimal(_ text: String, field: String, at place: ValuePlace) -> JSONNumber? {
        var literal = text.trimmingWhitespace()
        if literal.hasPrefix("+") { literal.removeFirst() }
        if literal.hasPrefix(".") { literal = "0" + literal }
        if literal.hasPrefix("-.") { literal = "-0" + literal.dropFirst() }
        if literal.hasSuffix(".") { literal += "0" }
        guard let number = JSONNumber(literal: literal) else {
            error(.number, "\(field) '\(text)' is not a decimal number", at: location(place))
            return nil
        }
        // A number beyond a double's range would be infinity wherever it is worked with or written.
        guard !number.isBeyondDoubleRange else {
            error(.number, "\(field) '\(text)' is beyond the range of numbers (about ±1.8e308)", at: location(place))
            return nil
        }
        return number
    }

    /// A boolean written `true`, `false`, `1` or `0`.
    mutating func boolean(_ text: String, field: String, at place: ValuePlace) -> Bool? {
        switch text.trimmingWhitespace() {
        case "true", "1": return true
        case "false", "0": return false
        default:
            error(.type, "\(field) '\(text)' is not true or false", at: location(place))
            return nil
        }
    }

    /// An identifier (EPC, class, party, place, transaction), in canonical form.
    mutating func identifier(_ text: String, field: String, at place: ValuePlace) -> String {
        checked(identifiers.canonical(text), text: { text }, field: field, at: place)
    }

    /// An identifier given as its UTF-8 bytes, in canonical form: a string is made only for an
    /// identifier not seen recently (or a diagnostic).
    mutating func identifier(utf8 bytes: UnsafeBufferPointer<UInt8>, field: String, at place: ValuePlace) -> String {
        let text = { String(decoding: bytes, as: UTF8.self) }
        return checked(identifiers.canonical(utf8: bytes, text: text), text: text, field: field, at: place)
    }

    /// The canonical form of `outcome`, reporting what is wrong with the identifier `text` gives.
    private mutating func checked(_ outcome: IdentifierNormalizer.Outcome, text: () -> String, field: String, at place: ValuePlace)
        -> String
    {
        let canonical = outcome.canonical
        if let problem = outcome.problem {
            warning(.identifier, "\(field) '\(text())' is not a valid GS1 identifier (\(problem)); it is compared as written", at: location(place))
        } else if canonical.isEmpty {
            error(.identifier, "\(field) is empty; give an EPC URN or a GS1 Digital Link URI", at: location(place))
        } else if !outcome.namesScheme {
            error(.identifier, "\(field) '\(text())' is not a URI; give an EPC URN or a GS1 Digital Link URI", at: location(place))
        }
        return canonical
    }

    /// A CBV vocabulary value as its bare word or custom URI; an unknown bare word is an error.
    mutating func vocabulary(_ text: String, _ vocabulary: CBVVocabulary, at place: ValuePlace) -> String {
        reported(normalised(text, vocabulary), vocabulary, at: place)
    }

    /// The outcome of normalising `text` as a value of `vocabulary` (remembered: documents repeat a handful).
    mutating func normalised(_ text: String, _ vocabulary: CBVVocabulary) -> CBVVocabulary.Normalised {
        vocabularyValues.value(for: VocabularyValue(vocabulary: vocabulary, text: text)) { vocabulary.normalise(text) }
    }

    /// The value to store for `normalised`, reporting an unknown bare word (an error, or a
    /// warning for a measurement type).
    mutating func reported(_ normalised: CBVVocabulary.Normalised, _ vocabulary: CBVVocabulary, at place: ValuePlace) -> String {
        if case .unknown(let word) = normalised, vocabulary == .measurementType {
            // GS1's list of measurement types grows with the Web Vocabulary; a new name is likely right.
            warning(
                .vocabulary, "sensor report type '\(word)' is not in the EPCIS 2.0 list of measurement types; check its spelling", at: location(place)
            )
        } else if case .unknown(let word) = normalised {
            error(
                .vocabulary,
                "\(vocabulary.fieldName) '\(word)' is not in the GS1 Core Business Vocabulary; use a standard value or a URI of your own vocabulary",
                at: location(place))
        }
        return normalised.value
    }

    /// The event action.
    mutating func action(_ text: String, at place: ValuePlace) -> EPCISEvent.Action? {
        if let action = EPCISEvent.Action(rawValue: text.trimmingWhitespace()) { return action }
        error(.action, "action '\(text)' is not one of ADD, OBSERVE, DELETE", at: location(place))
        return nil
    }

    /// An event-local string that is not an identifier (eventID, certificate reference).
    func plain(_ text: String) -> String {
        text.trimmingWhitespace()
    }

    /// `text`, sharing its storage with an equal text shared before: for values that repeat
    /// from event to event (a certificate, a herder organisation), held once however many events name them.
    mutating func shared(_ text: String) -> String {
        // Up to 15 bytes, a string is stored inline and shares nothing.
        guard text.utf8.count > 15 else { return text }
        return text.withUTF8Bytes { texts.value(for: $0) { text } }
    }

    /// `field` with its text values shared (as for a text), and its namespaces and names too
    /// unless `names` is false (the XML reader's names are already one string per name).
    mutating func shared(_ field: ExtensionField, names: Bool = true) -> ExtensionField {
        var field = field
        if names {
            field.namespace = shared(field.namespace)
            field.name = shared(field.name)
        }
        switch field.value {
        case .text(let text): field.value = .text(shared(text))
        case .fields(let nested):
            var sharedFields: [ExtensionField] = []
            sharedFields.reserveCapacity(nested.count)
            for inner in nested { sharedFields.append(shared(inner, names: names)) }
            field.value = .fields(sharedFields)
        }
        return field
    }
}
