/// The GS1 rules a Digital Link's elements must satisfy, shared by the parser and the builder.
enum DigitalLinkRules {
    /// Every problem with `elements`: the first is the primary key, then its qualifiers
    /// (`.qualifier` location), then the data attributes (`.attribute` location).
    static func problems(in elements: [DigitalLinkElement]) -> [GS1Error] {
        var problems: [GS1Error] = []
        guard let key = elements.first else { return problems }
        guard let keyDefinition = key.definition, let sequences = keyDefinition.qualifierSequences else {
            let reason = key.definition == nil ? "is not a GS1 application identifier" : "is not a Digital Link primary key"
            return [GS1Error(.noPrimaryKey, "AI (\(key.code)) \(reason)", at: key.location)]
        }
        let qualifiers = elements.filter { $0.location.part == .qualifier }
        let attributes = elements.filter { $0.location.part == .attribute }

        for element in elements {
            problems += valueProblems(of: element)
        }
        let qualifierCodes = qualifiers.map(\.code)
        if !sequences.contains(where: { isOrderedSubsequence(qualifierCodes, of: $0) }) {
            let allowed = sequences.map { $0.isEmpty ? "none" : $0.joined(separator: ", ") }.joined(separator: " or ")
            problems.append(
                GS1Error(
                    .qualifierSequence,
                    "The AIs in the path are not a valid key-qualifier sequence for the key (\(key.code)): allowed in this order: \(allowed)",
                    at: qualifiers.first?.location ?? key.location))
        }
        for attribute in attributes {
            guard let definition = attribute.definition else { continue }
            if !definition.dataAttribute {
                problems.append(
                    GS1Error(.notDataAttribute, "AI (\(attribute.code)) is not a valid Digital Link data attribute", at: attribute.location))
            } else if !qualifierCodes.contains(attribute.code),
                sequences.contains(where: { isOrderedSubsequence(ordered(qualifierCodes + [attribute.code], by: $0), of: $0) })
            {
                problems.append(
                    GS1Error(
                        .qualifierInQuery, "AI (\(attribute.code)) is a key qualifier: put it in the path, not the query", at: attribute.location))
            }
        }
        // A link has a handful of elements: comparing with the earlier ones beats hashing them.
        for index in elements.indices where elements[..<index].contains(where: { $0.code == elements[index].code }) {
            problems.append(GS1Error(.duplicateAI, "AI (\(elements[index].code)) is duplicated", at: elements[index].location))
        }
        let definitions = elements.compactMap(\.definition)
        if definitions.count == elements.count {
            for association in ApplicationIdentifier.associationProblems(among: definitions) {
                let location = elements.first(where: { $0.code == association.ai })!.location
                problems.append(GS1Error(association.rule, association.message, at: location))
            }
        }
        return problems
    }

    /// Problems of one element's value: unknown AI, empty, NUL, then its format and linters.
    private static func valueProblems(of element: DigitalLinkElement) -> [GS1Error] {
        guard let definition = element.definition else {
            return [GS1Error(.unknownAI, "Unknown AI (\(element.code))", at: element.location)]
        }
        if element.value.isEmpty {
            return [GS1Error(.emptyValue, "AI (\(element.code)) has an empty value", at: element.location)]
        }
        if element.value.contains(0) {
            return [GS1Error(.nulCharacter, "AI (\(element.code)) value contains a NUL character", at: element.location)]
        }
        if let problem = definition.problem(in: element.value[...]) {
            return [GS1Error(problem.rule, problem.message, at: element.location)]
        }
        return []
    }

    /// Whether `codes` appear in `sequence` in its order (each at most once).
    static func isOrderedSubsequence(_ codes: [String], of sequence: [String]) -> Bool {
        var position = sequence.startIndex
        for code in codes {
            guard let found = sequence[position...].firstIndex(of: code) else { return false }
            position = found + 1
        }
        return true
    }

    /// `codes` sorted by their position in `sequence` (codes not in it go last).
    private static func ordered(_ codes: [String], by sequence: [String]) -> [String] {
        codes.sorted { (sequence.firstIndex(of: $0) ?? .max) < (sequence.firstIndex(of: $1) ?? .max) }
    }
}
