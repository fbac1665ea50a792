/// The prefixes an EPCIS document written by TextilePassport declares for the namespaces of its
/// ILMD fields: `cbvmda` and `tpx` by name, any other namespace as `ext1`, `ext2`... in the
/// order first met.
struct EPCISNamespaces {
    /// One namespace (as ``ExtensionField`` holds it), its prefix and its IRI as XML declares it.
    struct Declaration {
        var namespace: String
        var prefix: String
        var xmlIRI: String
        /// The IRI as a JSON-LD `@context` term maps it, to which the local name is appended.
        var jsonIRI: String { xmlIRI.hasPrefix("urn:") ? xmlIRI + ":" : xmlIRI }
    }

    /// The namespaces in the order first met.
    private(set) var declarations: [Declaration] = []

    /// The namespaces of every ILMD field of `events`.
    init(_ events: [EPCISEvent]) {
        for event in events { declare(event.ilmd) }
    }

    /// Declares the namespaces of `fields` and of the fields nested in them.
    private mutating func declare(_ fields: [ExtensionField]) {
        for field in fields {
            if !field.namespace.isEmpty && prefix(of: field.namespace) == nil {
                declarations.append(Self.declaration(of: field.namespace, number: declarations.count + 1))
            }
            declare(field.value.fields)
        }
    }

    /// The prefix of `namespace`, when declared.
    func prefix(of namespace: String) -> String? {
        declarations.first { $0.namespace == namespace }?.prefix
    }

    /// The qualified name of `field`: `prefix:name`, or the bare name without a namespace.
    func qualifiedName(of field: ExtensionField) -> String {
        prefix(of: field.namespace).map { "\($0):\(field.name)" } ?? field.name
    }

    private static func declaration(of namespace: String, number: Int) -> Declaration {
        switch namespace {
        case ExtensionField.cbvMasterData: Declaration(namespace: namespace, prefix: "cbvmda", xmlIRI: namespace)
        case TextileILMD.namespace: Declaration(namespace: namespace, prefix: "tpx", xmlIRI: namespace + "#")
        default: Declaration(namespace: namespace, prefix: "ext\(number)", xmlIRI: namespace.hasPrefix("urn:") ? namespace : namespace + "#")
        }
    }
}
