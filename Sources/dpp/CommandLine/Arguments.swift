/// The arguments of one command, consumed as its options, flags and positionals are asked for.
///
/// - An option takes a value: `--name VALUE` or `--name=VALUE`. Asked for once, the last one
///   given wins; asked for as a list (`--events A B C`), its values run up to the next option
///   or the next URI (a word starting `http://`, `https://` or `urn:`), so that
///   `dpp trace --events a.xml b.xml https://id.gs1.org/01/...` keeps its identifier.
/// - A flag takes no value: `--name` turns it on; `--name=true|false` (also `yes|no`, `1|0`)
///   sets it; any other `--name=VALUE` is a usage error, never silently on.
/// - `--` ends the options; `-` is a positional (standard input).
///
/// Whatever is left when the command has asked for everything is a usage error.
struct Arguments {
    private var remaining: [String]

    init(_ arguments: [String]) { remaining = arguments }

    /// Removes every `--name` and `--name=BOOLEAN`; whether the flag is on (the last one wins).
    mutating func flag(_ name: String) throws(UsageError) -> Bool {
        var isOn = false
        while let index = optionIndex(of: name) {
            let word = remaining.remove(at: index)
            guard let value = Self.attachedValue(word) else {
                isOn = true
                continue
            }
            switch value.lowercased() {
            case "true", "yes", "1": isOn = true
            case "false", "no", "0": isOn = false
            default: throw UsageError("\(name) is a flag: give \(name) alone, or \(name)=true or \(name)=false, not '\(word)'")
            }
        }
        return isOn
    }

    /// Removes `--name VALUE` (or `--name=VALUE`) and returns the value; the last one wins when repeated.
    mutating func option(_ name: String) throws(UsageError) -> String? {
        var value: String?
        while let index = optionIndex(of: name) {
            value = try takeValue(of: name, at: index)
        }
        return value
    }

    /// Removes every `--name VALUE` and returns the values in order (an option given once per value).
    mutating func repeated(_ name: String) throws(UsageError) -> [String] {
        var values: [String] = []
        while let index = optionIndex(of: name) {
            values.append(try takeValue(of: name, at: index))
        }
        return values
    }

    /// Removes every `--name V1 V2 ...` and returns the values, in order.
    ///
    /// Each occurrence takes the words after it up to the next option or URI, at least one.
    mutating func list(_ name: String) throws(UsageError) -> [String] {
        var values: [String] = []
        while let index = optionIndex(of: name) {
            if let value = Self.attachedValue(remaining.remove(at: index)) {
                values.append(value)
                continue
            }
            let count = values.count
            while index < remaining.count, !Self.isOption(remaining[index]), !Self.isURI(remaining[index]), !isAfterSeparator(index) {
                values.append(remaining.remove(at: index))
            }
            guard values.count > count else { throw UsageError("\(name) needs a value") }
        }
        return values
    }

    /// Removes and returns the positionals; fails on any option nobody asked for.
    mutating func positionals() throws(UsageError) -> [String] {
        var result: [String] = []
        var afterSeparator = false
        for word in remaining {
            if afterSeparator {
                result.append(word)
                continue
            }
            if word == "--" {
                afterSeparator = true
                continue
            }
            if Self.isOption(word) { throw UsageError("unknown option \(word)") }
            result.append(word)
        }
        remaining = []
        return result
    }

    /// Fails when anything is left over.
    func finish() throws(UsageError) {
        if let first = remaining.first(where: { $0 != "--" }) {
            throw UsageError(Self.isOption(first) ? "unknown option \(first)" : "unexpected argument \(first)")
        }
    }

    /// Removes the option word at `index` and returns its value: attached after `=`, or the next word.
    private mutating func takeValue(of name: String, at index: Int) throws(UsageError) -> String {
        let word = remaining.remove(at: index)
        if let value = Self.attachedValue(word) { return value }
        guard index < remaining.count, !Self.isOption(remaining[index]), !isAfterSeparator(index) else {
            throw UsageError("\(name) needs a value")
        }
        return remaining.remove(at: index)
    }

    private func optionIndex(of name: String) -> Int? {
        let end = remaining.firstIndex(of: "--") ?? remaining.endIndex
        return remaining[..<end].firstIndex { $0 == name || $0.hasPrefix(name + "=") }
    }

    private func isAfterSeparator(_ index: Int) -> Bool {
        remaining[..<index].contains("--") || remaining[index] == "--"
    }

    /// The text after `=` in `--name=value`.
    private static func attachedValue(_ word: String) -> String? {
        word.firstIndex(of: "=").map { String(word[word.index(after: $0)...]) }
    }

    private static func isOption(_ word: String) -> Bool {
        word.hasPrefix("-") && word != "-" && !word.allSatisfy({ $0 == "-" || $0.isNumber || $0 == "." })
    }

    private static func isURI(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("urn:")
    }
}

/// A mistake on the command line; exit code 2 with the command's usage.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
