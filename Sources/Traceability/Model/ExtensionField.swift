import JSONCore

/// A field from a namespace other than EPCIS's own: user extensions and ILMD.
///
/// XML and JSON-LD write these differently (repeated elements against arrays, prefixes
/// declared with `xmlns` against `@context`); both read into this one form, where an array
/// becomes repeated fields of the same name and the namespace is the full IRI.
public struct ExtensionField: Sendable, Hashable {
    /// The namespace IRI, without a trailing `/`, `#` or `:`; empty when the field had none.
    public var namespace: String
    /// The local name.
    public var name: String
    public var value: ExtensionValue

    public init(namespace: String, name: String, value: ExtensionValue) {
        self.namespace = Self.normalisedNamespace(namespace)
        self.name = name
        self.value = value
    }

    /// A field whose namespace is already in the form ``normalisedNamespace(_:)`` gives.
    init(normalisedNamespace: String, name: String, value: ExtensionValue) {
        self.namespace = normalisedNamespace
        self.name = name
        self.value = value
    }

    /// The CBV master-data namespace (`cbvmda:`), which holds `countryOfOrigin`, `lotNumber`...
    public static let cbvMasterData = "urn:epcglobal:cbv:mda"

    /// `namespace` in the one form both syntaxes agree on: an XML namespace is written
    /// `urn:epcglobal:cbv:mda` or `http://ns.example.com/epcis`, the JSON-LD prefix for it
    /// `urn:epcglobal:cbv:mda:` or `http://ns.example.com/epcis/`, so that a JSON-LD processor
    /// can append the local name.
    static func normalisedNamespace(_ namespace: String) -> String {
        if namespace.hasSuffix("#") || namespace.hasSuffix(":") || namespace.hasSuffix("/") { return String(namespace.dropLast()) }
        return namespace
    }

    /// `fields` sorted by namespace and name, keeping the order of repeated fields of one name.
    static func canonicalOrder(_ fields: [ExtensionField]) -> [ExtensionField] {
        fields.enumerated().sorted { left, right in
            if left.element.namespace != right.element.namespace { return left.element.namespace < right.element.namespace }
            if left.element.name != right.element.name { return left.element.name < right.element.name }
            return left.offset < right.offset
        }.map { field in
            var field = field.element
            if case .fields(let children) = field.value { field.value = .fields(canonicalOrder(children)) }
            return field
        }
    }
}

/// The value of an extension field: text, or nested fields.
public enum ExtensionValue: Sendable, Hashable {
    case text(String)
    case fields([ExtensionField])

    /// The text, when the value is text.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// The nested fields, when the value has them.
    public var fields: [ExtensionField] {
        if case .fields(let fields) = self { return fields }
        return []
    }
}

extension Array where Element == ExtensionField {
    /// The text of the first field named `name` in `namespace`.
    public func text(_ name: String, in namespace: String) -> String? {
        let namespace = ExtensionField.normalisedNamespace(namespace)
        return first { $0.name == name && $0.namespace == namespace }?.value.text
    }

    /// The fields as a JSON object: keys are `namespace#name` IRIs (or the bare name without a
    /// namespace), repeated names become arrays, text stays text.
    public var jsonValue: JSONValue {
        var object = JSONObject()
        for field in self {
            let key = field.namespace.isEmpty ? field.name : Self.iri(field.namespace, field.name)
            let value: JSONValue
            switch field.value {
            case .text(let text): value = .string(text)
            case .fields(let children): value = children.jsonValue
            }
            switch object[key] {
            case nil: object[key] = value
            case .array(var elements)?: elements.append(value); object[key] = .array(elements)
            case let existing?: object[key] = .array([existing, value])
            }
        }
        return .object(object)
    }

    private static func iri(_ namespace: String, _ name: String) -> String {
        let separator = namespace.hasPrefix("urn:") ? ":" : "/"
        return namespace + separator + name
    }
}
