extension ApplicationIdentifier {
    /// A problem with one AI value: the rule, a message, and the byte offset inside the value.
    struct ValueProblem {
        let rule: GS1Rule
        let message: String
        let offset: Int
    }

    /// Checks `value` against this AI's format (see ``ApplicationIdentifierRecords/valueProblem(in:ofAI:)``).
    func problem(in value: ArraySlice<UInt8>) -> ValueProblem? {
        ApplicationIdentifierRecords.shared.valueProblem(in: value, ofAI: index)
    }
}

extension ApplicationIdentifierRecords {
    /// Checks `value` against the format of the AI at `index`: the whole value's length first (as
    /// the GS1 Syntax Engine's parsers do: a check digit is no help in a value too long), then
    /// the components' character sets and lengths in order, each followed by its linters.
    /// Returns the first problem, or nil.
    func valueProblem<Bytes: RandomAccessCollection<UInt8>>(in value: Bytes, ofAI index: Int) -> ApplicationIdentifier.ValueProblem?
    where Bytes.Index == Int {
        var code: String { ApplicationIdentifierTable.definitions[index].code }
        let lengths = records[index].length
        if value.count < lengths.lowerBound {
            return .init(rule: .valueTooShort, message: "AI (\(code)) value is too short", offset: value.count)
        }
        if value.count > lengths.upperBound {
            return .init(rule: .valueTooLong, message: "AI (\(code)) value is too long", offset: lengths.upperBound)
        }
        var start = value.startIndex
        // By index, not through slices of the tables: a slice would retain and release its array.
        for componentIndex in records[index].components {
            let component = components[componentIndex]
            let remaining = value.endIndex - start
            if remaining == 0 {
                if component.optional { break }
                return .init(rule: .valueTooShort, message: "AI (\(code)) value is too short", offset: value.count)
            }
            let length = min(remaining, component.length.upperBound)
            if length < component.length.lowerBound {
                return .init(rule: .valueTooShort, message: "AI (\(code)) value is too short", offset: value.count)
            }
            let part = value[start..<(start + length)]
            if let bad = component.characterSet.firstInvalidIndex(in: part) {
                let character = GS1NumericKey.show(value[bad])
                let expected = component.characterSet == .numeric ? "a digit" : "a \(component.characterSet.rawValue) character"
                return .init(
                    rule: .characterSet,
                    message: "AI (\(code)): '\(character)' at position \(bad - value.startIndex + 1) is not \(expected)",
                    offset: bad - value.startIndex)
            }
            for linterIndex in component.linters {
                if let message = linters[linterIndex].problem(in: part) {
                    return .init(rule: linters[linterIndex].rule, message: "AI (\(code)): \(message)", offset: start - value.startIndex)
                }
            }
            start += length
        }
        // Every component took all it could, and their greatest lengths add up to at least the value's.
        return nil
    }
}
