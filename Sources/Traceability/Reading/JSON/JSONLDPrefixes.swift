import JSONCore

/// The prefixes a document declares (JSON-LD `@context`, XML `xmlns:`), for expanding CURIEs
/// such as `cbvmda:lotNumber` or `cbv:BizStep-shipping`.
struct JSONLDPrefixes: Sendable {
    /// The prefixes of the EPCIS 2.0 standard context.
    static let standard = JSONLDPrefixes(prefixes: [
        "epcis": "https://ref.gs1.org/epcis/", "cbv": "https://ref.gs1.org/cbv/", "cbvmda": "urn:epcglobal:cbv:mda:",
        "gs1": "https://gs1.org/voc/", "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "owl": "http://www.w3.org/2002/07/owl#",
        "xsd": "http://www.w3.org/2001/XMLSchema#", "dcterms": "http://purl.org/dc/terms/",
    ])

    private var prefixes: [String: String] {
        didSet { declaresURN = prefixes["urn"] != nil }
    }
    /// Whether `urn` is declared as a prefix (it never is in practice, so `urn:` values need no look-up).
    private var declaresURN = false

    /// How many declarations were added to the standard prefixes: within one document, equal
    /// revisions are equal prefixes (declarations are only ever added).
    private(set) var revision = 0

    /// Whether a context naming the EPCIS standard context was seen.
    private(set) var hasEPCISContext = false

    private init(prefixes: [String: String]) {
        self.prefixes = prefixes
        declaresURN = prefixes["urn"] != nil
    }

    /// These prefixes with those `context` (a string, an object or an array of them) adds.
    func adding(_ context: JSONValue) -> JSONLDPrefixes {
        var result = self
        switch context {
        case .string(let url):
            if url.hasSuffix("epcis-context.jsonld") { result.hasEPCISContext = true }
        case .array(let entries):
            for entry in entries { result = result.adding(entry) }
        case .object(let definitions):
            for (term, definition) in definitions {
                if let iri = definition.stringValue ?? definition["@id"]?.stringValue {
                    result.prefixes[term] = iri
                    result.revision += 1
                }
            }
        default:
            break
        }
        return result
    }

    /// These prefixes with `prefix` bound to `iri`.
    func adding(prefix: String, iri: String) -> JSONLDPrefixes {
        var result = self
        result.prefixes[prefix] = iri
        result.revision += 1
        return result
    }

    /// The namespace and local name of a compact IRI (`prefix:name`) or a full IRI; `nil` when
    /// the key has no namespace or its prefix is not declared.
    func expandKey(_ key: String) -> (namespace: String, name: String)? {
        guard let colon = key.firstIndex(of: ":") else { return nil }
        let prefix = String(key[..<colon])
        let rest = key[key.index(after: colon)...]
        if rest.hasPrefix("//") {
            guard let split = key.lastIndex(where: { $0 == "/" || $0 == "#" }), split < key.index(before: key.endIndex) else { return nil }
            return (String(key[...split]), String(key[key.index(after: split)...]))
        }
        guard let namespace = prefixes[prefix] else { return nil }
        return (namespace, String(rest))
    }

    /// `value` with a declared prefix expanded (`cbv:BizStep-shipping`); other values unchanged.
    func expandValue(_ value: String) -> String {
        let bytes = value.utf8
        if !declaresURN && bytes.starts(with: "urn:".utf8) { return value }
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return value }
        let rest = bytes[bytes.index(after: colon)...]
        guard !rest.starts(with: "//".utf8), let namespace = prefixes[String(value[..<colon])] else { return value }
        return namespace + String(value[rest.startIndex...])
    }
}
