/// A `format` whose assertion this validator knows how to check.
struct SchemaFormat: Sendable {
    /// The format name as written in the schema.
    let name: String
    private let check: @Sendable (String) -> Bool

    /// The checker for `name`; `nil` for a format that is not known (it stays an annotation).
    init?(name: String) {
        let check: (@Sendable (String) -> Bool)?
        switch name {
        case "date-time": check = FormatCheck.dateTime
        case "date": check = FormatCheck.date
        case "time": check = FormatCheck.time
        case "duration": check = FormatCheck.duration
        case "email": check = { FormatCheck.email($0, international: false) }
        case "idn-email": check = { FormatCheck.email($0, international: true) }
        case "hostname": check = { FormatCheck.hostname($0, international: false) }
        case "idn-hostname": check = { FormatCheck.hostname($0, international: true) }
        case "ipv4": check = FormatCheck.ipv4
        case "ipv6": check = FormatCheck.ipv6
        case "uri": check = { URIFormat.isValid($0, requireScheme: true, international: false) }
        case "uri-reference": check = { URIFormat.isValid($0, requireScheme: false, international: false) }
        case "iri": check = { URIFormat.isValid($0, requireScheme: true, international: true) }
        case "iri-reference": check = { URIFormat.isValid($0, requireScheme: false, international: true) }
        case "uuid": check = FormatCheck.uuid
        case "uri-template": check = FormatCheck.uriTemplate
        case "json-pointer": check = { FormatCheck.jsonPointer(Substring($0)) }
        case "relative-json-pointer": check = FormatCheck.relativeJSONPointer
        case "regex": check = { (try? ECMARegex($0)) != nil }
        default: check = nil
        }
        guard let check else { return nil }
        self.name = name
        self.check = check
    }

    /// Whether `text` is in this format.
    func accepts(_ text: String) -> Bool { check(text) }
}
