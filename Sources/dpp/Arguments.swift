/// The arguments of one command, consumed as options and positionals are asked for.
///
/// Options take `--name value` or `--name=value`; `--` ends the options; `-` is a positional
/// (standard input). Whatever is left when the command has asked for everything is an error.
struct Arguments {
    private var remaining: [String]

    init(_ arguments: [String]) { remaining = arguments }

    /// Removes `--name` and reports whether it was there.
    mutating func flag(_ name: String) -> Bool {
        guard let index = optionIndex(of: name) else { return false }
        remaining.remove(at: index)
        return true
    }

    /// Removes `--name VALUE` and returns the value; the last one wins when repeated.
    mutating func option(_ name: String) throws(UsageError) -> String? {
        try options(name).last
    }

    /// Removes every `--name VALUE` (or `--name V1 V2 ...` up to the next option) and returns the values.
    mutating func options(_ name: String, greedy: Bool = false) throws(UsageError) -> [String] {
        var values: [String] = []
        while let index = optionIndex(of: name) {
            let word = remaining.remove(at: index)
            if let equals = word.firstIndex(of: "=") {
                values.append(String(word[word.index(after: equals)...]))
                continue
            }
            guard index < remaining.count, !Self.isOption(remaining[index]) else {
                throw UsageError("\(name) needs a value")
            }
            values.append(remaining.remove(at: index))
            while greedy, index < remaining.count, !Self.isOption(remaining[index]) {
                values.append(remaining.remove(at: index))
            }
        }
        return values
    }

    /// Removes and returns the positionals; fails on any option nobody asked for.
    mutating func positionals() throws(UsageError) -> [String] {
        var result: [String] = []
        var afterSeparator = false
        for word in remaining {
            if afterSeparator { result.append(word); continue }
            if word == "--" { afterSeparator = true; continue }
            if Self.isOption(word) { throw UsageError("unknown option \(word)") }
            result.append(word)
        }
        remaining = []
        return result
    }

    /// Fails when anything is left over.
    func finish() throws(UsageError) {
        if let first = remaining.first { throw UsageError("unexpected argument \(first)") }
    }

    private func optionIndex(of name: String) -> Int? {
        let end = remaining.firstIndex(of: "--") ?? remaining.endIndex
        return remaining[..<end].firstIndex { $0 == name || $0.hasPrefix(name + "=") }
    }

    private static func isOption(_ word: String) -> Bool {
        word.hasPrefix("-") && word != "-" && !word.allSatisfy({ $0 == "-" || $0.isNumber || $0 == "." })
    }
}

/// A mistake on the command line; exit code 2 with the command's usage.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
