/// One AI and its decoded value on its way into a ``DigitalLink``, with where it came from.
struct DigitalLinkElement {
    /// The AI as written.
    let code: String
    /// Its definition, or nil when it is not a GS1 application identifier.
    let definition: ApplicationIdentifier?
    /// The decoded value.
    let value: [UInt8]
    /// Where the element is in the input (its value's first byte, for a parsed URI).
    let location: GS1Error.Location

    init(code: String, definition: ApplicationIdentifier?, value: [UInt8], location: GS1Error.Location) {
        self.code = code
        self.definition = definition
        self.value = value
        self.location = location
    }

    /// An element given to the builder.
    init(_ element: ApplicationIdentifierValue, part: GS1Error.Location.Part) {
        self.init(
            code: element.ai, definition: ApplicationIdentifier.named(element.ai), value: Array(element.value.utf8),
            location: .init(part: part, ai: element.ai))
    }

    /// The element as a value type (its bytes are ASCII once checked).
    var applicationIdentifierValue: ApplicationIdentifierValue {
        ApplicationIdentifierValue(code, String(decoding: value, as: UTF8.self))
    }
}
