extension ApplicationIdentifier {
    /// A problem with one AI value: the rule, a message, and the byte offset inside the value.
    struct ValueProblem {
        let rule: GS1Rule
        let message: String
        let offset: Int
    }

    /// Checks `value` against this AI's format: the components' character sets and lengths in
    /// order, then each component's linters. Returns the first problem, or nil.
    func problem(in value: ArraySlice<UInt8>) -> ValueProblem? {
        var start = value.startIndex
        for component in format {
            let remaining = value.endIndex - start
            if remaining == 0 {
                if component.optional { break }
                return ValueProblem(rule: .valueTooShort, message: "AI (\(code)) value is too short", offset: value.count)
            }
            let length = min(remaining, component.length.upperBound)
            if length < component.length.lowerBound {
                return ValueProblem(rule: .valueTooShort, message: "AI (\(code)) value is too short", offset: value.count)
            }
            let part = value[start..<(start + length)]
            if let bad = component.characterSet.firstInvalidIndex(in: part) {
                let character = GS1NumericKey.show(value[bad])
                let expected = component.characterSet == .numeric ? "a digit" : "a \(component.characterSet.rawValue) character"
                return ValueProblem(
                    rule: .characterSet,
                    message: "AI (\(code)): '\(character)' at position \(bad - value.startIndex + 1) is not \(expected)",
                    offset: bad - value.startIndex)
            }
            for linter in component.linters {
                if let message = linter.problem(in: part) {
                    return ValueProblem(rule: linter.rule, message: "AI (\(code)): \(message)", offset: start - value.startIndex)
                }
            }
            start += length
        }
        if start < value.endIndex {
            return ValueProblem(rule: .valueTooLong, message: "AI (\(code)) value is too long", offset: start - value.startIndex)
        }
        return nil
    }
}
