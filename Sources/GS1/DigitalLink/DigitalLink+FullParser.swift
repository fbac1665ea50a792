extension DigitalLink {
    /// Parses and checks a GS1 Digital Link URI element by element, reporting every problem
    /// found (the rules are listed at ``validate(_:)``).
    ///
    /// Builds each element (AI, definition, decoded value, location) before checking it: the
    /// path that words diagnostics. ``DigitalLinkScanner`` decides valid URIs without it.
    static func fullValidation(_ uri: String) -> Validation {
        let bytes = Array(uri.utf8)
        let stem: URIStem
        do {
            stem = try URIStem(bytes)
        } catch {
            return Validation(link: nil, problems: [error])
        }
        var problems: [GS1Error] = []
        var elements: [DigitalLinkElement] = []

        let segments = pathSegments(bytes, from: stem.pathStart, to: stem.end)
        guard let keyIndex = primaryKeyIndex(bytes, segments, problems: &problems) else {
            if problems.isEmpty {
                problems.append(
                    GS1Error(
                        .noPrimaryKey, "No GS1 Digital Link primary key (such as /01/ followed by a GTIN) ends the path",
                        at: .init(part: .path, offset: stem.pathStart)))
            }
            return Validation(link: nil, problems: problems)
        }
        var index = keyIndex
        while index < segments.count {
            let aiRange = segments[index], valueRange = segments[index + 1]
            let part: GS1Error.Location.Part = index == keyIndex ? .primaryKey : .qualifier
            let code = String(decoding: bytes[aiRange], as: UTF8.self)
            let location = GS1Error.Location(part: part, ai: code, offset: valueRange.lowerBound)
            if let value = decoded(bytes[valueRange], code: code, plusIsSpace: false, location: location, problems: &problems) {
                elements.append(
                    DigitalLinkElement(
                        code: code, definition: ApplicationIdentifierTable.definition(of: bytes[aiRange]),
                        value: value, location: location))
            }
            index += 2
        }
        if let query = stem.query {
            elements += queryElements(bytes, query, problems: &problems)
        }
        if problems.isEmpty || elements.first?.location.part == .primaryKey {
            problems += DigitalLinkRules.problems(in: elements)
        }
        guard problems.isEmpty else { return Validation(link: nil, problems: problems) }

        let keyStart = segments[keyIndex].lowerBound - 1
        let link = DigitalLink(
            checkedBase: String(decoding: bytes[0..<keyStart], as: UTF8.self),
            primaryKey: elements[0].applicationIdentifierValue,
            qualifiers: elements.dropFirst().filter { $0.location.part == .qualifier }.map(\.applicationIdentifierValue),
            attributes: elements.filter { $0.location.part == .attribute }.map(\.applicationIdentifierValue))
        return Validation(link: link, problems: [])
    }

    /// The byte ranges of the path's segments (the path starts with `/`; the first, empty,
    /// segment before it is left out).
    private static func pathSegments(_ bytes: [UInt8], from start: Int, to end: Int) -> [Range<Int>] {
        guard start < end else { return [] }
        var segments: [Range<Int>] = []
        // One allocation: a segment after each `/` of the path.
        segments.reserveCapacity(bytes[start..<end].count(where: { $0 == UInt8(ascii: "/") }))
        var segmentStart = start + 1
        for index in (start + 1)..<end where bytes[index] == UInt8(ascii: "/") {
            segments.append(segmentStart..<index)
            segmentStart = index + 1
        }
        segments.append(segmentStart..<end)
        return segments
    }

    /// Walks `/AI/value` pairs from the end of the path to the rightmost primary key; returns
    /// the segment index of that key's AI, or nil (with a problem for an empty value).
    private static func primaryKeyIndex(_ bytes: [UInt8], _ segments: [Range<Int>], problems: inout [GS1Error]) -> Int? {
        var index = segments.count - 2
        while index >= 0 {
            guard let definition = ApplicationIdentifierTable.definition(of: bytes[segments[index]]) else { return nil }
            if segments[index + 1].isEmpty {
                problems.append(
                    GS1Error(
                        .emptyValue, "AI (\(definition.code)) value path element is empty",
                        at: .init(part: .path, ai: definition.code, offset: segments[index + 1].lowerBound)))
                return nil
            }
            if definition.isPrimaryKey { return index }
            index -= 2
        }
        return nil
    }

    /// The AI elements of the query: numeric keys only; singletons and other keys are skipped.
    private static func queryElements(_ bytes: [UInt8], _ query: Range<Int>, problems: inout [GS1Error]) -> [DigitalLinkElement] {
        var elements: [DigitalLinkElement] = []
        for (key, written) in NumericQueryPairs(bytes, in: query) {
            let code = String(decoding: bytes[key], as: UTF8.self)
            let location = GS1Error.Location(part: .attribute, ai: code, offset: written.lowerBound)
            guard let definition = ApplicationIdentifierTable.definition(of: bytes[key]) else {
                problems.append(GS1Error(.unknownAI, "Unknown AI (\(code)) in query parameters", at: location))
                continue
            }
            if written.isEmpty {
                problems.append(GS1Error(.emptyValue, "AI (\(code)) value query element is empty", at: location))
                continue
            }
            if let value = decoded(bytes[written], code: code, plusIsSpace: true, location: location, problems: &problems) {
                elements.append(DigitalLinkElement(code: code, definition: definition, value: value, location: location))
            }
        }
        return elements
    }

    /// The percent-decoded value, or nil with a problem for a bad escape or a NUL.
    private static func decoded(
        _ encoded: ArraySlice<UInt8>, code: String, plusIsSpace: Bool, location: GS1Error.Location,
        problems: inout [GS1Error]
    ) -> [UInt8]? {
        do {
            return try PercentEncoding.decode(encoded, plusIsSpace: plusIsSpace)
        } catch {
            switch error {
            case .badEscape(let offset):
                problems.append(
                    GS1Error(
                        .uriPercentEncoding, "AI (\(code)): '%' must be followed by two hexadecimal digits",
                        at: .init(part: location.part, ai: code, offset: offset)))
            case .nul(let offset):
                problems.append(
                    GS1Error(
                        .nulCharacter, "AI (\(code)): the value contains a NUL character (%00)",
                        at: .init(part: location.part, ai: code, offset: offset)))
            }
            return nil
        }
    }
}
