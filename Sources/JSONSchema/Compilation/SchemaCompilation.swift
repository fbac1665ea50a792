import JSONCore

/// The state of one compilation: loaded documents, the identifiers found in them, and the nodes built so far.
///
/// Nodes are built from a worklist, so a `$ref` to a schema still being compiled just takes
/// its index; cycles of references that never enter the instance are refused at the end.
final class SchemaCompilation {
    /// A subschema's place: a loaded document and a path of tokens inside it.
    struct Location: Hashable {
        let document: Int
        let path: [String]

        func appending(_ tokens: [String]) -> Location { Location(document: document, path: path + tokens) }

        // Tokens compare byte for byte (`String`'s `==` equates canonically equivalent ones): the
        // subschemas of the properties "é" and "e\u{301}" are two places.
        static func == (left: Location, right: Location) -> Bool {
            left.document == right.document && left.path.count == right.path.count && zip(left.path, right.path).allSatisfy { $0.isExactly($1) }
        }

        /// The hash of the canonical tokens (as `String` hashes them): paths of the same bytes have the same.
        func hash(into hasher: inout Hasher) {
            hasher.combine(document)
            hasher.combine(path)
        }
    }

    /// What indexing learnt about a subschema's place.
    struct PlaceInfo {
        /// The URI of the schema resource the subschema belongs to.
        let resource: String
        /// The path from that resource's root.
        let relativePath: [String]
        /// The base URI for resolving references in the subschema.
        let base: String
        let vocabulary: SchemaVocabulary
    }

    let registry: SchemaRegistry
    let assertFormats: Bool
    var documents: [JSONValue] = []
    private var documentByURI: [String: Int] = [:]
    private var resources: [String: Location] = [:]
    private var anchors: [String: Location] = [:]
    private var dynamicAnchors: [String: [String: Location]] = [:]
    var places: [Location: PlaceInfo] = [:]
    var nodes: [SchemaNode] = []
    private var nodeIndex: [Location: Int] = [:]
    var nodeLocations: [Location] = []
    private var pending: [Int] = []
    private var resourceIndex: [String: Int] = [:]
    var dynamicAnchorNames: Set<String> = []
    private var vocabularies: [String: SchemaVocabulary] = [:]
    /// Patterns compiled so far, by source: a schema repeats the same few patterns many times.
    var regexes: [[UInt8]: ECMARegex] = [:]

    init(registry: SchemaRegistry, assertFormats: Bool) {
        self.registry = registry
        self.assertFormats = assertFormats
    }

    /// Compiles `schema` and everything it references.
    func compileRoot(_ schema: JSONValue, baseURI: String) throws(SchemaCompileError) -> SchemaValidator {
        let document = try addDocument(schema, uri: baseURI)
        let root = node(for: Location(document: document, path: []))
        try drain()
        var table: [String: [Int: Int]] = [:]
        var settled = (names: -1, nodes: -1)
        // Dynamic anchors can be found in documents loaded late, and compiling them can name new ones.
        while settled != (dynamicAnchorNames.count, nodes.count) {
            settled = (dynamicAnchorNames.count, nodes.count)
            for name in dynamicAnchorNames {
                for (resource, names) in dynamicAnchors {
                    guard let location = names[name] else { continue }
                    table[name, default: [:]][index(ofResource: resource)] = node(for: location)
                }
            }
            try drain()
        }
        try refuseReferenceCycles()
        return SchemaValidator(nodes: nodes, root: root, dynamicAnchors: table, usesDynamicScope: !dynamicAnchorNames.isEmpty)
    }

    // MARK: - Documents and identifiers

    private func addDocument(_ value: JSONValue, uri: String) throws(SchemaCompileError) -> Int {
        if let existing = documentByURI[uri] { return existing }
        documents.append(value)
        let document = documents.count - 1
        documentByURI[uri] = document
        let root = Location(document: document, path: [])
        resources[uri] = resources[uri] ?? root
        let vocabulary = try self.vocabulary(declaredBy: value["$schema"], inherited: .standard, at: uri)
        try index(value, at: root, base: uri, resource: uri, relativePath: [], vocabulary: vocabulary)
        return document
    }

    /// Records the identifiers, anchors and places of `value` and of every subschema in it.
    private func index(
        _ value: JSONValue, at location: Location, base: String, resource: String, relativePath: [String], vocabulary: SchemaVocabulary
    ) throws(SchemaCompileError) {
        guard case .object(let object) = value else {
            places[location] = PlaceInfo(resource: resource, relativePath: relativePath, base: base, vocabulary: vocabulary)
            return
        }
        var base = base, resource = resource, relativePath = relativePath, vocabulary = vocabulary
        if let id = object["$id"]?.stringValue, !id.hasPrefix("#") {
            let resolved = SchemaURI.splitFragment(SchemaURI.resolve(id, against: base)).base
            base = resolved
            resource = resolved
            relativePath = []
            if resources[resolved] == nil { resources[resolved] = location }
            vocabulary = try self.vocabulary(declaredBy: object["$schema"], inherited: vocabulary, at: resolved)
        }
        places[location] = PlaceInfo(resource: resource, relativePath: relativePath, base: base, vocabulary: vocabulary)
        if let anchor = object["$anchor"]?.stringValue, anchors[resource + "#" + anchor] == nil {
            anchors[resource + "#" + anchor] = location
        }
        if let anchor = object["$dynamicAnchor"]?.stringValue {
            if anchors[resource + "#" + anchor] == nil { anchors[resource + "#" + anchor] = location }
            dynamicAnchors[resource, default: [:]][anchor] = location
        }
        for member in object {
            for (tokens, subschema) in Self.subschemas(of: member.key, value: member.value, vocabulary: vocabulary) {
                try index(
                    subschema, at: location.appending(tokens), base: base, resource: resource, relativePath: relativePath + tokens,
                    vocabulary: vocabulary)
            }
        }
    }

    /// The subschemas a keyword holds, with their paths below the keyword's schema.
    private static func subschemas(of key: String, value: JSONValue, vocabulary: SchemaVocabulary) -> [([String], JSONValue)] {
        switch key {
        case "additionalProperties", "propertyNames", "contains", "not", "if", "then", "else",
            "unevaluatedItems", "unevaluatedProperties", "contentSchema", "additionalItems":
            return [([key], value)]
        case "items", "allOf", "anyOf", "oneOf", "prefixItems":
            guard case .array(let elements) = value else { return [([key], value)] }
            return elements.enumerated().map { ([key, String($0.offset)], $0.element) }
        case "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies":
            guard case .object(let members) = value else { return [] }
            return members.filter { $0.value.objectValue != nil || $0.value.boolValue != nil }.map { ([key, $0.key], $0.value) }
        default:
            return []
        }
    }

    /// The vocabulary of a schema resource declaring `$schema: declaration`.
    private func vocabulary(declaredBy declaration: JSONValue?, inherited: SchemaVocabulary, at location: String) throws(SchemaCompileError)
        -> SchemaVocabulary
    {
        guard let declared = declaration?.stringValue else { return inherited }
        let uri = SchemaURI.splitFragment(declared).base
        if uri == "https://json-schema.org/draft/2020-12/schema" { return .standard }
        if uri.hasPrefix("https://json-schema.org/draft/2019-09/") || uri.hasPrefix("http://json-schema.org/draft-0") {
            var older = SchemaVocabulary.standard
            older.tupleItems = true
            return older
        }
        if let known = vocabularies[uri] { return known }
        guard let metaSchema = try registry.document(for: uri) else {
            throw SchemaCompileError(.unresolvableReference, at: location, "the meta-schema \(declared) named by $schema is not in the registry")
        }
        guard let declaredVocabularies = metaSchema["$vocabulary"]?.objectValue else { return .standard }
        var vocabulary = SchemaVocabulary(applicator: false, unevaluated: false, validation: false, formatAssertion: false)
        for (name, required) in declaredVocabularies {
            switch name.hasPrefix(SchemaVocabulary.vocabularyPrefix) ? String(name.dropFirst(SchemaVocabulary.vocabularyPrefix.count)) : name {
            case "core", "meta-data", "content", "format-annotation": break
            case "applicator": vocabulary.applicator = true
            case "unevaluated": vocabulary.unevaluated = true
            case "validation": vocabulary.validation = true
            case "format-assertion": vocabulary.formatAssertion = true
            default:
                if required == .bool(true) {
                    throw SchemaCompileError(
                        .unknownVocabulary, at: uri, "the meta-schema requires the vocabulary \(name), which this validator does not know")
                }
            }
        }
        vocabularies[uri] = vocabulary
        return vocabulary
    }

    func index(ofResource uri: String) -> Int {
        if let known = resourceIndex[uri] { return known }
        resourceIndex[uri] = resourceIndex.count
        return resourceIndex.count - 1
    }

    // MARK: - Nodes

    /// The index of the node for `location`, queued for compilation when new.
    func node(for location: Location) -> Int {
        if let known = nodeIndex[location] { return known }
        nodes.append(SchemaNode())
        nodeLocations.append(location)
        nodeIndex[location] = nodes.count - 1
        pending.append(nodes.count - 1)
        return nodes.count - 1
    }

    private func drain() throws(SchemaCompileError) {
        while let next = pending.popLast() {
            nodes[next] = try compileNode(at: nodeLocations[next])
        }
    }

    func place(of location: Location) throws(SchemaCompileError) -> PlaceInfo {
        if let known = places[location] { return known }
        // A reference into a place indexing did not walk (inside an unknown keyword): index it from its nearest known ancestor.
        var ancestorPath = location.path
        while !ancestorPath.isEmpty {
            ancestorPath.removeLast()
            guard let ancestor = places[Location(document: location.document, path: ancestorPath)] else { continue }
            let rest = Array(location.path[ancestorPath.count...])
            let value = JSONPointer(tokens: location.path).resolve(in: documents[location.document]) ?? .null
            try index(
                value, at: location, base: ancestor.base, resource: ancestor.resource, relativePath: ancestor.relativePath + rest,
                vocabulary: ancestor.vocabulary)
            break
        }
        guard let known = places[location] else {
            throw SchemaCompileError(.unresolvableReference, at: JSONPointer(tokens: location.path).description, "no schema at this location")
        }
        return known
    }

    /// The location a `$ref` value names, loading its document from the registry when needed.
    func resolveReference(_ reference: String, base: String, from location: String) throws(SchemaCompileError) -> (Location, fragment: String) {
        let (uri, fragment) = SchemaURI.splitFragment(SchemaURI.resolve(reference, against: base))
        if resources[uri] == nil, let document = try registry.document(for: uri) {
            _ = try addDocument(document, uri: uri)
        }
        guard let resource = resources[uri] else {
            throw SchemaCompileError(
                .unresolvableReference, at: location,
                "the reference \(reference) names \(uri), which is not in the registry (remote schemas are never fetched)")
        }
        if fragment.isEmpty { return (resource, fragment) }
        if fragment.hasPrefix("/") {
            guard let pointer = JSONPointer(fragment) else {
                throw SchemaCompileError(.unresolvableReference, at: location, "the reference \(reference) has a malformed JSON Pointer fragment")
            }
            let target = resource.appending(pointer.tokens)
            guard JSONPointer(tokens: target.path).resolve(in: documents[target.document]) != nil else {
                throw SchemaCompileError(.unresolvableReference, at: location, "the reference \(reference) points to nothing in \(uri)")
            }
            return (target, fragment)
        }
        guard let anchor = anchors[uri + "#" + fragment] else {
            throw SchemaCompileError(
                .unresolvableReference, at: location, "the reference \(reference) names the anchor \"\(fragment)\", which \(uri) does not define")
        }
        return (anchor, fragment)
    }
}
