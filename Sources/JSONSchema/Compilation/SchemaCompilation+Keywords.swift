import JSONCore

extension SchemaCompilation {
    /// Builds the node for the subschema at `location`: its keywords, in a fixed order.
    func compileNode(at location: Location) throws(SchemaCompileError) -> SchemaNode {
        let place = try place(of: location)
        let resource = index(ofResource: place.resource)
        let absoluteLocation = place.resource + "#" + JSONPointer(tokens: place.relativePath).description
        let value = JSONPointer(tokens: location.path).resolve(in: documents[location.document])
        switch value {
        case .bool(let accepts)?:
            return SchemaNode(rejectsEverything: !accepts, resource: resource, absoluteLocation: absoluteLocation)
        case .object(let object)?:
            var builder = KeywordBuilder(compilation: self, location: location, place: place, object: object, absoluteLocation: absoluteLocation)
            try builder.build()
            return SchemaNode(
                keywords: builder.keywords, fastPathKeywords: builder.fastPathKeywords, resource: resource, absoluteLocation: absoluteLocation)
        default:
            throw SchemaCompileError(
                .invalidKeyword, at: absoluteLocation, "a schema must be an object or a boolean, found \(value?.typeName ?? "nothing")")
        }
    }
}

/// Turns one schema object's keywords into `CompiledKeyword`s.
private struct KeywordBuilder {
    let compilation: SchemaCompilation
    let location: SchemaCompilation.Location
    let place: SchemaCompilation.PlaceInfo
    let object: JSONObject
    let absoluteLocation: String
    var keywords: [CompiledKeyword] = []
    /// The object keywords `ObjectMembers` may fuse, as compiled.
    private var fusible = FusibleKeywords()

    init(
        compilation: SchemaCompilation, location: SchemaCompilation.Location, place: SchemaCompilation.PlaceInfo, object: JSONObject,
        absoluteLocation: String
    ) {
        self.compilation = compilation
        self.location = location
        self.place = place
        self.object = object
        self.absoluteLocation = absoluteLocation
    }

    @discardableResult
    private mutating func add(_ keyword: SchemaKeyword, _ name: String) -> CompiledKeyword {
        let compiled = CompiledKeyword(
            keyword: keyword, name: name, absoluteLocation: absoluteLocation + "/" + JSONPointer(tokens: [name]).description.dropFirst())
        keywords.append(compiled)
        return compiled
    }

    /// The keywords the evaluator's fast path runs: `properties` fused with the
    /// `additionalProperties` and `required` it answers for (see `ObjectMembers`), the others as compiled.
    var fastPathKeywords: [CompiledKeyword] {
        guard let properties = fusible.properties,
            let members = ObjectMembers(properties: properties.table, additional: fusible.additional?.node, required: fusible.required?.properties)
        else { return keywords }
        let fused = CompiledKeyword(keyword: .members(members), name: "properties", absoluteLocation: properties.keyword.absoluteLocation)
        return keywords.compactMap { keyword in
            if keyword === properties.keyword { return fused }
            if keyword === fusible.additional?.keyword || (members.fusesRequired && keyword === fusible.required?.keyword) { return nil }
            return keyword
        }
    }

    private func invalid(_ name: String, _ expectation: String) -> SchemaCompileError {
        SchemaCompileError(.invalidKeyword, at: absoluteLocation + "/" + name, "\(name) must be \(expectation)")
    }

    private func child(_ tokens: String...) -> Int {
        compilation.node(for: location.appending(tokens))
    }

    private func count(_ name: String) throws(SchemaCompileError) -> Int? {
        guard let value = object[name] else { return nil }
        guard let number = value.numberValue, number.isInteger, !number.isNegative else { throw invalid(name, "a non-negative integer") }
        return number.intValue ?? Int.max
    }

    private func number(_ name: String) throws(SchemaCompileError) -> JSONNumber? {
        guard let value = object[name] else { return nil }
        guard let number = value.numberValue else { throw invalid(name, "a number") }
        return number
    }

    private func regex(_ pattern: String, _ name: String) throws(SchemaCompileError) -> ECMARegex {
        // By bytes: canonically equivalent patterns match different texts.
        if let compiled = compilation.regexes[Array(pattern.utf8)] { return compiled }
        do {
            let compiled = try ECMARegex(pattern)
            compilation.regexes[Array(pattern.utf8)] = compiled
            return compiled
        } catch {
            throw SchemaCompileError(
                .invalidPattern, at: absoluteLocation + "/" + name, "\(pattern) is not an ECMA-262 regular expression: \(error.message)")
        }
    }

    private func schemaArray(_ name: String) throws(SchemaCompileError) -> [Int]? {
        guard let value = object[name] else { return nil }
        guard let elements = value.arrayValue, !elements.isEmpty else { throw invalid(name, "a non-empty array of schemas") }
        return elements.indices.map { child(name, String($0)) }
    }

    mutating func build() throws(SchemaCompileError) {
        let vocabulary = place.vocabulary
        try buildReferences()
        if vocabulary.validation { try buildValidation() }
        if let name = object["format"]?.stringValue, compilation.assertFormats || vocabulary.formatAssertion, let format = SchemaFormat(name: name) {
            add(.format(format), "format")
        }
        if vocabulary.applicator {
            try buildObjectApplicators()
            try buildArrayApplicators()
            try buildInPlaceApplicators()
        }
        if vocabulary.unevaluated {
            if object["unevaluatedItems"] != nil { add(.unevaluatedItems(child("unevaluatedItems")), "unevaluatedItems") }
            if object["unevaluatedProperties"] != nil { add(.unevaluatedProperties(child("unevaluatedProperties")), "unevaluatedProperties") }
        }
    }

    private mutating func buildReferences() throws(SchemaCompileError) {
        if let value = object["$ref"] {
            guard let reference = value.stringValue else { throw invalid("$ref", "a URI reference string") }
            let (target, _) = try compilation.resolveReference(reference, base: place.base, from: absoluteLocation + "/$ref")
            add(.ref(compilation.node(for: target)), "$ref")
        }
        if let value = object["$dynamicRef"] {
            guard let reference = value.stringValue else { throw invalid("$dynamicRef", "a URI reference string") }
            let (target, fragment) = try compilation.resolveReference(reference, base: place.base, from: absoluteLocation + "/$dynamicRef")
            // Dynamic only when the static target is itself a $dynamicAnchor of that name (2020-12 section 8.2.3.2).
            let targetValue = JSONPointer(tokens: target.path).resolve(in: compilation.documents[target.document])
            var anchor: String? = nil
            if !fragment.isEmpty, !fragment.hasPrefix("/"), targetValue?["$dynamicAnchor"]?.stringValue == fragment {
                anchor = fragment
                compilation.dynamicAnchorNames.insert(fragment)
            }
            add(.dynamicRef(node: compilation.node(for: target), anchor: anchor), "$dynamicRef")
        }
    }

    private mutating func buildValidation() throws(SchemaCompileError) {
        if let value = object["type"] {
            let names = value.arrayValue ?? [value]
            var types = JSONTypeSet()
            for name in names {
                guard let text = name.stringValue, let type = JSONTypeSet(name: text) else {
                    throw invalid("type", "a type name or an array of type names")
                }
                types.insert(type)
            }
            add(.type(types), "type")
        }
        if let value = object["const"] { add(.constant(value), "const") }
        if let value = object["enum"] {
            guard let elements = value.arrayValue else { throw invalid("enum", "an array") }
            add(.enumeration(elements), "enum")
        }
        if let value = try number("multipleOf") {
            guard !value.isNegative, !value.isZero else { throw invalid("multipleOf", "a number above zero") }
            add(.multipleOf(value), "multipleOf")
        }
        if let value = try number("minimum") { add(.minimum(NumberBound(value)), "minimum") }
        if let value = try number("exclusiveMinimum") { add(.exclusiveMinimum(NumberBound(value)), "exclusiveMinimum") }
        if let value = try number("maximum") { add(.maximum(NumberBound(value)), "maximum") }
        if let value = try number("exclusiveMaximum") { add(.exclusiveMaximum(NumberBound(value)), "exclusiveMaximum") }
        if let value = try count("minLength") { add(.minLength(value), "minLength") }
        if let value = try count("maxLength") { add(.maxLength(value), "maxLength") }
        if let value = object["pattern"] {
            guard let pattern = value.stringValue else { throw invalid("pattern", "a string") }
            add(.pattern(try regex(pattern, "pattern")), "pattern")
        }
        if let value = try count("minItems") { add(.minItems(value), "minItems") }
        if let value = try count("maxItems") { add(.maxItems(value), "maxItems") }
        if object["uniqueItems"] == .bool(true) { add(.uniqueItems, "uniqueItems") }
        if let value = try count("minProperties") { add(.minProperties(value), "minProperties") }
        if let value = try count("maxProperties") { add(.maxProperties(value), "maxProperties") }
        if let value = object["required"] {
            guard let names = value.arrayValue?.compactMap(\.stringValue), names.count == value.arrayValue?.count else {
                throw invalid("required", "an array of strings")
            }
            let required = RequiredProperties(names)
            fusible.required = (add(.required(required), "required"), required)
        }
        if let value = object["dependentRequired"] {
            guard let members = value.objectValue else { throw invalid("dependentRequired", "an object of string arrays") }
            var dependencies: [(property: String, required: [String])] = []
            for (property, names) in members {
                guard let list = names.arrayValue?.compactMap(\.stringValue) else { throw invalid("dependentRequired", "an object of string arrays") }
                dependencies.append((property, list))
            }
            add(.dependentRequired(dependencies), "dependentRequired")
        }
    }

    private mutating func buildObjectApplicators() throws(SchemaCompileError) {
        var known = PropertyTable([])
        if let value = object["properties"] {
            guard let members = value.objectValue else { throw invalid("properties", "an object of schemas") }
            known = PropertyTable(members.map { ($0.key, child("properties", $0.key)) })
            fusible.properties = (add(.properties(known), "properties"), known)
        }
        var patterns: [ECMARegex] = []
        if let value = object["patternProperties"] {
            guard let members = value.objectValue else { throw invalid("patternProperties", "an object of schemas") }
            var compiled: [(pattern: ECMARegex, node: Int)] = []
            for member in members {
                let pattern = try regex(member.key, "patternProperties")
                compiled.append((pattern, child("patternProperties", member.key)))
                patterns.append(pattern)
            }
            add(.patternProperties(compiled), "patternProperties")
        }
        if object["additionalProperties"] != nil {
            let node = child("additionalProperties")
            let compiled = add(.additionalProperties(node: node, known: known, patterns: patterns), "additionalProperties")
            if patterns.isEmpty { fusible.additional = (compiled, node) }
        }
        if let members = object["dependencies"]?.objectValue {
            // The draft 7 keyword, kept for compatibility: string arrays are dependentRequired, schemas dependentSchemas.
            let required = members.compactMap { member in member.value.arrayValue.map { (member.key, $0.compactMap(\.stringValue)) } }
            let schemas = members.filter { $0.value.arrayValue == nil }.map { ($0.key, child("dependencies", $0.key)) }
            if !required.isEmpty { add(.dependentRequired(required), "dependencies") }
            if !schemas.isEmpty { add(.dependentSchemas(schemas), "dependencies") }
        }
        if object["propertyNames"] != nil { add(.propertyNames(child("propertyNames")), "propertyNames") }
        if let value = object["dependentSchemas"] {
            guard let members = value.objectValue else { throw invalid("dependentSchemas", "an object of schemas") }
            add(.dependentSchemas(members.map { ($0.key, child("dependentSchemas", $0.key)) }), "dependentSchemas")
        }
    }

    private mutating func buildArrayApplicators() throws(SchemaCompileError) {
        var prefixCount = 0
        if place.vocabulary.tupleItems {
            if let elements = object["items"]?.arrayValue {
                prefixCount = elements.count
                add(.prefixItems(elements.indices.map { child("items", String($0)) }), "items")
                if object["additionalItems"] != nil { add(.items(node: child("additionalItems"), from: prefixCount), "additionalItems") }
            } else if object["items"] != nil {
                add(.items(node: child("items"), from: 0), "items")
            }
        } else {
            if let prefix = try schemaArray("prefixItems") {
                prefixCount = prefix.count
                add(.prefixItems(prefix), "prefixItems")
            }
            if object["items"] != nil { add(.items(node: child("items"), from: prefixCount), "items") }
        }
        if object["contains"] != nil {
            let minimum = place.vocabulary.validation ? try count("minContains") ?? 1 : 1
            let maximum = place.vocabulary.validation ? try count("maxContains") : nil
            add(.contains(node: child("contains"), min: minimum, max: maximum), "contains")
        }
    }

    private mutating func buildInPlaceApplicators() throws(SchemaCompileError) {
        if let nodes = try schemaArray("allOf") { add(.allOf(nodes), "allOf") }
        if let nodes = try schemaArray("anyOf") { add(.anyOf(nodes), "anyOf") }
        if let nodes = try schemaArray("oneOf") { add(.oneOf(nodes), "oneOf") }
        if object["not"] != nil { add(.not(child("not")), "not") }
        if object["if"] != nil {
            let then = object["then"] != nil ? child("then") : nil
            let otherwise = object["else"] != nil ? child("else") : nil
            add(.conditional(if: child("if"), then: then, else: otherwise), "if")
        }
    }
}

/// The keywords of one schema object that `ObjectMembers` may fuse, as `KeywordBuilder` compiled them.
private struct FusibleKeywords {
    var properties: (keyword: CompiledKeyword, table: PropertyTable)?
    /// `additionalProperties` when no `patternProperties` share its keys with `properties`.
    var additional: (keyword: CompiledKeyword, node: Int)?
    var required: (keyword: CompiledKeyword, properties: RequiredProperties)?
}
