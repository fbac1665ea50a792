/// The fast check of a GS1 Digital Link URI, in place over its UTF-8 bytes.
///
/// It accepts a URI only when the full parser (``DigitalLink/validate(_:)`` through
/// ``DigitalLinkRules``) would find no problem in it, under the same rules: the URI stem, the
/// `/AI/value` pairs up to the rightmost primary key, the query's numeric keys, percent-decoding,
/// each value's format and linters, the qualifier sequence, data attributes, duplicates and the
/// pairing rules. It allocates nothing: AIs are looked up by their digits in
/// ``ApplicationIdentifierRecords``, values are checked where they lie (or decoded into a
/// temporary buffer when they hold escapes). When it does not accept a URI, the URI is invalid
/// or, rarely, has more AIs than the scanner holds; either way the full parser decides and
/// words the diagnostics.
enum DigitalLinkScanner {
    /// One AI element of an accepted link.
    struct Element {
        /// The AI's index in ``ApplicationIdentifierTable/definitions``.
        let ai: Int
        /// The bytes of the value as written in the URI.
        let value: Range<Int>
        /// Whether the value is in the query (where `+` means a space).
        let inQuery: Bool
        /// Whether the value holds `%` escapes (or, in the query, `+`) and needs decoding.
        let encoded: Bool
    }

    /// An accepted link: the primary key's `/` ends the stem; elements are the key, its
    /// qualifiers (up to `pathCount`), then the query's data attributes.
    struct Layout {
        let keyStart: Int
        let pathCount: Int
    }

    /// The most AI elements the scanner holds; a link with more goes to the full parser.
    static let capacity = 16

    /// Calls `body` with the layout and elements of `bytes` when the URI is valid; nil otherwise.
    static func withAcceptedLink<Result>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (Layout, UnsafeBufferPointer<Element>) -> Result
    ) -> Result? {
        guard let stem = try? URIStem(bytes) else { return nil }
        return withUnsafeTemporaryAllocation(of: Element.self, capacity: capacity) { buffer -> Result? in
            var count = 0
            guard let keyStart = scanPath(bytes, stem, into: buffer, count: &count) else { return nil }
            let pathCount = count
            if let query = stem.query {
                guard scanQuery(bytes, query, into: buffer, count: &count) else { return nil }
            }
            let elements = UnsafeBufferPointer(rebasing: buffer[..<count])
            let records = ApplicationIdentifierRecords.shared
            guard elements.allSatisfy({ valueIsValid(bytes, $0, records) }),
                qualifiersAreValid(elements, pathCount: pathCount, records),
                !hasDuplicate(elements), pairingRulesHold(elements, records)
            else { return nil }
            return body(Layout(keyStart: keyStart, pathCount: pathCount), elements)
        }
    }

    /// Walks `/AI/value` pairs from the end of the path to the rightmost primary key, storing them
    /// in path order; returns the index of the `/` before the key's AI, or nil.
    private static func scanPath(
        _ bytes: UnsafeBufferPointer<UInt8>, _ stem: URIStem, into buffer: UnsafeMutableBufferPointer<Element>, count: inout Int
    ) -> Int? {
        let records = ApplicationIdentifierRecords.shared.records
        var valueEnd = stem.end
        while true {
            guard let valueSlash = lastSlash(bytes, from: stem.pathStart, before: valueEnd), valueSlash > stem.pathStart,
                let aiSlash = lastSlash(bytes, from: stem.pathStart, before: valueSlash),
                let ai = ApplicationIdentifierTable.index(of: bytes[(aiSlash + 1)..<valueSlash]),
                valueSlash + 1 < valueEnd, count < capacity
            else { return nil }
            let value = (valueSlash + 1)..<valueEnd
            buffer[count] = Element(ai: ai, value: value, inQuery: false, encoded: bytes[value].contains(UInt8(ascii: "%")))
            count += 1
            if records[ai].sequences != nil {
                var path = UnsafeMutableBufferPointer(rebasing: buffer[..<count])
                path.reverse()
                return aiSlash
            }
            valueEnd = aiSlash
        }
    }

    /// The index of the last `/` in `bytes[start..<end]`, or nil.
    private static func lastSlash(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int? {
        var index = end - 1
        while index >= start {
            if bytes[index] == UInt8(ascii: "/") { return index }
            index -= 1
        }
        return nil
    }

    /// Stores the query's AI elements (numeric keys); false for an unknown AI, an empty value or too many.
    private static func scanQuery(
        _ bytes: UnsafeBufferPointer<UInt8>, _ query: Range<Int>, into buffer: UnsafeMutableBufferPointer<Element>, count: inout Int
    ) -> Bool {
        for (key, value) in NumericQueryPairs(bytes, in: query) {
            guard let ai = ApplicationIdentifierTable.index(of: bytes[key]), !value.isEmpty, count < capacity else { return false }
            let encoded = bytes[value].contains { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }
            buffer[count] = Element(ai: ai, value: value, inQuery: true, encoded: encoded)
            count += 1
        }
        return true
    }

    /// Whether the element's value decodes (no bad escape, no NUL) and meets its AI's format.
    private static func valueIsValid(_ bytes: UnsafeBufferPointer<UInt8>, _ element: Element, _ records: ApplicationIdentifierRecords) -> Bool {
        let written = bytes[element.value]
        guard element.encoded else { return records.valueProblem(in: written, ofAI: element.ai) == nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: written.count) { buffer in
            guard let count = try? PercentEncoding.decode(written, plusIsSpace: element.inQuery, into: buffer) else { return false }
            return records.valueProblem(in: UnsafeBufferPointer(rebasing: buffer[..<count]), ofAI: element.ai) == nil
        }
    }

    /// Whether the qualifiers follow one of the key's sequences and every query AI is a data
    /// attribute that could not have been a qualifier in the path.
    private static func qualifiersAreValid(
        _ elements: UnsafeBufferPointer<Element>, pathCount: Int, _ records: ApplicationIdentifierRecords
    ) -> Bool {
        let sequences = records.records[elements[0].ai].sequences!
        let qualifiers = elements[1..<pathCount]
        let followsASequence = records.sequences[sequences].contains { sequence in
            let members = records.sequenceMembers[sequence]
            var position = members.startIndex
            for qualifier in qualifiers {
                guard let found = members[position...].firstIndex(of: qualifier.ai) else { return false }
                position = found + 1
            }
            return true
        }
        guard followsASequence else { return false }
        for attribute in elements[pathCount...] {
            guard records.records[attribute.ai].dataAttribute else { return false }
            let couldQualify = records.sequences[sequences].contains { sequence in
                let members = records.sequenceMembers[sequence]
                return members.contains(attribute.ai) && qualifiers.allSatisfy { members.contains($0.ai) }
            }
            if couldQualify && !qualifiers.contains(where: { $0.ai == attribute.ai }) { return false }
        }
        return true
    }

    /// Whether an AI appears twice.
    private static func hasDuplicate(_ elements: UnsafeBufferPointer<Element>) -> Bool {
        for index in elements.indices where elements[(index + 1)...].contains(where: { $0.ai == elements[index].ai }) {
            return true
        }
        return false
    }

    /// Whether no AI excludes another present and every AI's `req=` rules are met by the others.
    private static func pairingRulesHold(_ elements: UnsafeBufferPointer<Element>, _ records: ApplicationIdentifierRecords) -> Bool {
        for element in elements {
            let record = records.records[element.ai]
            // The tables are read by index, not through slices, which would retain and release them.
            /// Whether an AI other than this element's matches the pattern at `patternIndex`.
            func present(_ patternIndex: Int) -> Bool {
                let pattern = records.patterns[patternIndex]
                return elements.contains { $0.ai != element.ai && pattern.matches(records.records[$0.ai].code) }
            }
            if record.excludes.contains(where: present) { return false }
            for requirement in record.requirements {
                let satisfied = records.requirements[requirement].contains { records.alternatives[$0].allSatisfy(present) }
                if !satisfied { return false }
            }
        }
        return true
    }
}
