import Foundation

/// An ECMA-262 regular expression (as `pattern` and `patternProperties` use), run by ICU.
///
/// The pattern is translated to ICU syntax where the two differ: `\d`, `\w`, `\s` and `\b` are
/// ECMA's (ASCII digits and word characters, ECMA white space), `.` stops only at ECMA's line
/// terminators (not NEL, VT or FF), `$` only matches at the very end, `\v` is the vertical tab,
/// `[` inside a class is literal, and constructs ECMA-262 does not have (`\a`, `\Z`, possessive
/// quantifiers, inline flags, atomic groups) are refused. `SimplePattern` answers first when it
/// can; ICU's matches are bounded (`progressBudget`).
/// A class, so that a keyword holding one is copied by one reference count.
final class ECMARegex: @unchecked Sendable {
    // NSRegularExpression is immutable and documented as safe to share between threads.
    /// The pattern as written in the schema.
    let source: String
    /// The translated pattern after a lazy `[\s\S]*?` from the text's start: one match attempt
    /// that looks at every start in turn, so that ICU's progress reports all count its work.
    private let searching: NSRegularExpression
    /// The fast matcher, when the pattern is simple enough for it.
    private let simple: SimplePattern?

    /// Why a pattern is not an ECMA-262 regular expression.
    struct SyntaxError: Error {
        let message: String
    }

    /// ICU's reports of progress (one for each 10,000 backtracking states it saves) a match may
    /// make, beyond one for each 5,000 UTF-16 units of the text, before it is given up.
    ///
    /// A crafted text makes a backtracking pattern that `SimplePattern` cannot take (such as
    /// `^(?=a)(a+)+$`, with a lookahead) take time exponential in its length. ICU's own limits do
    /// not answer: beyond about 4,200 reports (42 million states, under a second here) it was
    /// seen to end with "no match" and no error, where the text matched. The cap keeps every
    /// answer below that.
    static let progressBudget = 500
    /// The most reports any text is allowed, below where ICU was seen to answer wrongly.
    static let progressCeiling = 4_000

    init(_ source: String) throws(SyntaxError) {
        self.source = source
        let translated = try Self.translate(source)
        do {
            // The pattern is compiled alone first: wrapped, `a)(b` would compile.
            _ = try NSRegularExpression(pattern: translated, options: [])
            searching = try NSRegularExpression(pattern: "^[\\s\\S]*?(?:" + translated + ")", options: [])
        } catch {
            throw SyntaxError(message: "the expression does not compile")
        }
        simple = SimplePattern(source)
    }

    /// Whether the expression matches somewhere in `text` (patterns are not anchored); `nil`
    /// when that could not be decided within the work allowed (`progressBudget`).
    func matches(_ text: String) -> Bool? {
        if let simple, let matched = simple.matches(text) { return matched }
        let length = text.utf16.count
        let allowed = min(Self.progressBudget + length / 5_000, Self.progressCeiling)
        var outcome: Bool? = false
        var reports = 0
        searching.enumerateMatches(in: text, options: [.reportProgress, .reportCompletion], range: NSRange(location: 0, length: length)) {
            result, flags, stop in
            if result != nil {
                outcome = true
                stop.pointee = true
            } else if flags.contains(.internalError) {
                // ICU's backtracking stack is full.
                outcome = nil
            } else if flags.contains(.progress) {
                reports += 1
                if reports > allowed {
                    outcome = nil
                    stop.pointee = true
                }
            }
        }
        return outcome
    }

    /// Whether the expression matches somewhere in the UTF-8 text `bytes` (ASCII text is matched
    /// in place); `nil` when that could not be decided within the work allowed.
    func matches(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        // Optional chaining borrows the matcher; `if let` would copy it (and retain its arrays).
        if let matched = simple?.matches(utf8: bytes) { return matched }
        return matches(String(decoding: bytes, as: UTF8.self))
    }

    private static let digit = "0-9"
    private static let word = "a-zA-Z0-9_"
    private static let space = "\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}"
    private static let boundary = "(?:(?<=[a-zA-Z0-9_])(?![a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?=[a-zA-Z0-9_]))"
    private static let notBoundary = "(?:(?<=[a-zA-Z0-9_])(?=[a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?![a-zA-Z0-9_]))"

    /// The ICU spelling of the ECMA-262 pattern `source`.
    static func translate(_ source: String) throws(SyntaxError) -> String {
        let characters = Array(source.unicodeScalars)
        var output = ""
        var index = 0
        var inClass = false
        var afterQuantifier = false
        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            index + offset < characters.count ? characters[index + offset] : nil
        }
        while index < characters.count {
            let character = characters[index]
            index += 1
            var isQuantifier = false
            defer { afterQuantifier = isQuantifier }
            if character == "\\" {
                guard let escaped = peek() else { throw SyntaxError(message: "the pattern ends with a lone backslash") }
                index += 1
                output += try translateEscape(escaped, inClass: inClass, characters: characters, index: &index)
                continue
            }
            if inClass {
                switch character {
                case "]": inClass = false; output += "]"
                case "[", "&", "~", "$", "{", "}": output += "\\" + String(character)
                default: output.unicodeScalars.append(character)
                }
                continue
            }
            switch character {
            case "[":
                if peek() == "]" { index += 1; output += "(?!)"; continue }
                if peek() == "^", peek(1) == "]" { index += 2; output += "[\\s\\S]"; continue }
                inClass = true
                output += "["
                if peek() == "^" { index += 1; output += "^" }
            case "$": output += "\\z"
            // ECMA-262's line terminators are LF, CR, LS and PS; ICU's `.` also stops at NEL and VT, FF.
            case ".": output += "[^\\n\\r\\x{2028}\\x{2029}]"
            case "(":
                if peek() == "?" {
                    let next = peek(1), after = peek(2)
                    let allowed =
                        next == ":" || next == "=" || next == "!"
                        || (next == "<"
                            && (after == "=" || after == "!" || (after.map { $0.properties.isAlphabetic || $0 == "_" || $0 == "$" } ?? false)))
                    guard allowed else { throw SyntaxError(message: "the group syntax (?\(next.map(String.init) ?? "") is not ECMA-262") }
                }
                output += "("
            case "*", "+", "?":
                if afterQuantifier && character != "?" { throw SyntaxError(message: "nothing to repeat before \(character)") }
                if afterQuantifier { output += "?"; continue }
                isQuantifier = true
                output.unicodeScalars.append(character)
            case "{":
                if let end = quantifierEnd(characters, from: index) {
                    if afterQuantifier { throw SyntaxError(message: "nothing to repeat before {") }
                    output += "{" + String(String.UnicodeScalarView(characters[index..<end])) + "}"
                    index = end + 1
                    isQuantifier = true
                } else {
                    output += "\\{"
                }
            case "}": output += "\\}"
            case "]": output += "\\]"
            default: output.unicodeScalars.append(character)
            }
        }
        guard !inClass else { throw SyntaxError(message: "a character class is not closed with ]") }
        return output
    }

    /// The index of the `}` ending a `{n}`, `{n,}` or `{n,m}` quantifier that starts at `start` (after `{`).
    private static func quantifierEnd(_ characters: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        var sawDigit = false
        while index < characters.count, characters[index].properties.numericType == .decimal, characters[index].isASCII {
            index += 1; sawDigit = true
        }
        guard sawDigit, index < characters.count else { return nil }
        if characters[index] == "," {
            index += 1
            while index < characters.count, characters[index].isASCII, characters[index].properties.numericType == .decimal { index += 1 }
        }
        return index < characters.count && characters[index] == "}" ? index : nil
    }

    private static func translateEscape(_ escaped: Unicode.Scalar, inClass: Bool, characters: [Unicode.Scalar], index: inout Int) throws(SyntaxError)
        -> String
    {
        func set(_ body: String, negated: Bool) -> String {
            if inClass && !negated { return body }
            return "[" + (negated ? "^" : "") + body + "]"
        }
        switch escaped {
        case "d": return set(digit, negated: false)
        case "D": return set(digit, negated: true)
        case "w": return set(word, negated: false)
        case "W": return set(word, negated: true)
        case "s": return set(space, negated: false)
        case "S": return set(space, negated: true)
        case "b": return inClass ? "\\x{08}" : boundary
        case "B":
            guard !inClass else { throw SyntaxError(message: "\\B is not allowed in a character class") }
            return notBoundary
        case "v": return "\\x{0B}"
        case "f", "n", "r", "t": return "\\" + String(escaped)
        case "0":
            if index < characters.count, characters[index].isASCII, characters[index].properties.numericType == .decimal {
                throw SyntaxError(message: "octal escapes are not allowed")
            }
            return "\\x{00}"
        case "1"..."9":
            var digits = String(escaped)
            while index < characters.count, ("0"..."9").contains(characters[index]) {
                digits.unicodeScalars.append(characters[index])
                index += 1
            }
            return "\\" + digits
        case "c":
            guard index < characters.count, characters[index].isASCII, characters[index].properties.isAlphabetic else {
                throw SyntaxError(message: "\\c must be followed by a letter")
            }
            let letter = characters[index]
            index += 1
            return String(format: "\\x{%02X}", letter.value % 32)
        case "x":
            let hex = hexDigits(characters, from: index, count: 2)
            guard let hex else { throw SyntaxError(message: "\\x must be followed by two hexadecimal digits") }
            index += 2
            return "\\x{" + hex + "}"
        case "u":
            if index < characters.count, characters[index] == "{" {
                guard let close = characters[index...].firstIndex(of: "}") else { throw SyntaxError(message: "\\u{ is not closed") }
                let hex = String(String.UnicodeScalarView(characters[(index + 1)..<close]))
                guard !hex.isEmpty, UInt32(hex, radix: 16) != nil else { throw SyntaxError(message: "\\u{...} needs hexadecimal digits") }
                index = close + 1
                return "\\x{" + hex + "}"
            }
            guard let hex = hexDigits(characters, from: index, count: 4) else {
                throw SyntaxError(message: "\\u must be followed by four hexadecimal digits")
            }
            index += 4
            return "\\x{" + hex + "}"
        case "p", "P":
            guard index < characters.count, characters[index] == "{", let close = characters[index...].firstIndex(of: "}") else {
                throw SyntaxError(message: "\\\(escaped) must be followed by {property}")
            }
            let body = String(String.UnicodeScalarView(characters[index...close]))
            index = close + 1
            return "\\" + String(escaped) + body
        case "k":
            guard index < characters.count, characters[index] == "<", let close = characters[index...].firstIndex(of: ">") else {
                throw SyntaxError(message: "\\k must be followed by <name>")
            }
            let body = String(String.UnicodeScalarView(characters[index...close]))
            index = close + 1
            return "\\k" + body
        case "-" where inClass: return "\\-"
        default:
            if escaped.isASCII && (escaped.properties.isAlphabetic || ("0"..."9").contains(escaped)) {
                throw SyntaxError(message: "\\\(escaped) is not an ECMA-262 escape")
            }
            return String(format: "\\x{%X}", escaped.value)
        }
    }

    private static func hexDigits(_ characters: [Unicode.Scalar], from start: Int, count: Int) -> String? {
        guard start + count <= characters.count else { return nil }
        let text = String(String.UnicodeScalarView(characters[start..<(start + count)]))
        return text.allSatisfy(\.isHexDigit) ? text : nil
    }
}
