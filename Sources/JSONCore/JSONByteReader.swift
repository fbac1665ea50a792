/// The state of one parse: a cursor over a document's bytes, and the current nesting depth.
///
/// Recursive descent: the recursion depth is bounded by `Options.maxDepth`, checked before
/// each nested array or object is entered.
struct JSONByteReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let options: JSONParser.Options
    private var position = 0
    private var depth = 0
    private var scratch: [UInt8] = []

    init(buffer: UnsafeBufferPointer<UInt8>, options: JSONParser.Options) {
        bytes = buffer
        self.options = options
    }

    /// Reads the one value the document holds, with only whitespace around it.
    mutating func readDocument() throws(JSONParseError) -> JSONValue {
        guard bytes.count <= options.maxBytes else {
            throw error(at: options.maxBytes, "the document is larger than the limit of \(options.maxBytes) bytes")
        }
        // A UTF-8 byte order mark is tolerated (RFC 8259 section 8.1 allows ignoring it).
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        skipWhitespace()
        guard position < bytes.count else {
            throw error(
                at: position, position == 0 ? "the document is empty; expected a JSON value" : "expected a JSON value, found the end of the document")
        }
        let value = try readValue()
        skipWhitespace()
        guard position == bytes.count else { throw error("expected the end of the document after the value, found \(found)") }
        return value
    }

    // MARK: - Values

    private mutating func readValue() throws(JSONParseError) -> JSONValue {
        switch bytes[position] {
        case UInt8(ascii: "{"): return try readObject()
        case UInt8(ascii: "["): return try readArray()
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): try readLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try readLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try readLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
        default: throw error("expected a JSON value (object, array, string, number, true, false or null), found \(found)")
        }
    }

    private mutating func readLiteral(_ literal: StaticString) throws(JSONParseError) {
        let start = position
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for byte in expected {
            guard position < bytes.count, bytes[position] == byte else {
                throw error(at: start, "expected '\(literal)' here (a value), found \(found(at: start))")
            }
            position += 1
        }
    }

    private mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        guard depth <= options.maxDepth else {
            throw error("arrays and objects are nested deeper than the limit of \(options.maxDepth) levels")
        }
        position += 1
    }

    private mutating func readArray() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array([])
        }
        var elements: [JSONValue] = []
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw error("expected an array element, found the end of the document") }
            elements.append(try readValue())
            skipWhitespace()
            guard position < bytes.count else { throw error("expected ',' or ']' after an array element, found the end of the document") }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return .array(elements)
            default: throw error("expected ',' or ']' after an array element, found \(found)")
            }
        }
    }

    private mutating func readObject() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(JSONObject())
        }
        var members: [(key: String, value: JSONValue)] = []
        var keyIndex: [String: Int] = [:]
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw error("expected a string (an object key in double quotes), found \(found)")
            }
            let keyStart = position
            let key = try readString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw error("expected ':' after the object key, found \(found)")
            }
            position += 1
            skipWhitespace()
            guard position < bytes.count else { throw error("expected a value after ':', found the end of the document") }
            let value = try readValue()
            if let existing = Self.index(of: key, in: members, index: &keyIndex) {
                switch options.duplicateKeys {
                case .reject: throw error(at: keyStart, "duplicate object key \"\(key)\"")
                case .keepFirst: break
                case .keepLast: members[existing].value = value
                }
            } else {
                members.append((key, value))
            }
            skipWhitespace()
            guard position < bytes.count else { throw error("expected ',' or '}' after an object member, found the end of the document") }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return .object(JSONObject(uniqueMembers: members))
            default: throw error("expected ',' or '}' after an object member, found \(found)")
            }
        }
    }

    /// The index of `key` among `members`: a linear scan for small objects, a dictionary kept up to date for large ones.
    private static func index(of key: String, in members: [(key: String, value: JSONValue)], index: inout [String: Int]) -> Int? {
        let linearLimit = 16
        if members.count < linearLimit {
            return members.firstIndex { $0.key.isExactly(key) }
        }
        if index.isEmpty {
            for (offset, member) in members.enumerated() { index[member.key] = offset }
        } else {
            index[members[members.count - 1].key] = members.count - 1
        }
        guard let found = index[key], members[found].key.isExactly(key) else { return nil }
        return found
    }

    // MARK: - Strings

    /// Reads a string whose opening quote is at `position`.
    private mutating func readString() throws(JSONParseError) -> String {
        let quote = position
        position += 1
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try readEscapedString(from: start, quote: quote) }
            if byte < 0x20 { throw controlCharacterError(byte) }
            if byte < 0x80 { position += 1 } else { try skipUTF8Sequence() }
        }
        throw error(at: quote, "unterminated string: expected '\"' before the end of the document")
    }

    /// Continues `readString` from the first backslash, decoding escapes into a scratch buffer.
    private mutating func readEscapedString(from start: Int, quote: Int) throws(JSONParseError) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                try readEscape()
            } else if byte < 0x20 {
                throw controlCharacterError(byte)
            } else if byte < 0x80 {
                scratch.append(byte)
                position += 1
            } else {
                let sequenceStart = position
                try skipUTF8Sequence()
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[sequenceStart..<position]))
            }
        }
        throw error(at: quote, "unterminated string: expected '\"' before the end of the document")
    }

    private mutating func readEscape() throws(JSONParseError) {
        let escapeStart = position
        position += 1
        guard position < bytes.count else { throw error("expected an escape character after '\\', found the end of the document") }
        let letter = bytes[position]
        position += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(letter)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHexQuad()
            if (0xDC00...0xDFFF).contains(scalar) {
                throw error(at: escapeStart, "lone low surrogate \\u\(Self.hex(scalar)): it must follow a high surrogate escape")
            }
            if (0xD800...0xDBFF).contains(scalar) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                    throw error(
                        at: escapeStart, "lone high surrogate \\u\(Self.hex(scalar)): expected a low surrogate escape \\uDC00-\\uDFFF after it")
                }
                position += 2
                let low = try readHexQuad()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error(
                        at: escapeStart, "lone high surrogate \\u\(Self.hex(scalar)): expected a low surrogate escape \\uDC00-\\uDFFF after it")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            appendUTF8(scalar)
        default:
            position = escapeStart
            throw error("invalid escape: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, found \(found(at: escapeStart + 1))")
        }
    }

    private mutating func readHexQuad() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count else { throw error("expected 4 hexadecimal digits after \\u, found the end of the document") }
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("expected 4 hexadecimal digits after \\u, found \(found)")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Moves past one well-formed multi-byte UTF-8 sequence starting at `position`.
    private mutating func skipUTF8Sequence() throws(JSONParseError) {
        let lead = bytes[position]
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; scalar = UInt32(lead & 0x07)
        default: throw error("invalid UTF-8: byte 0x\(Self.hex(UInt32(lead), width: 2)) cannot start a character")
        }
        guard position + length <= bytes.count else { throw error("invalid UTF-8: a character is cut off by the end of the document") }
        for offset in 1..<length {
            let continuation = bytes[position + offset]
            guard continuation & 0xC0 == 0x80 else {
                throw error(
                    at: position + offset, "invalid UTF-8: expected a continuation byte, found byte 0x\(Self.hex(UInt32(continuation), width: 2))")
            }
            scalar = scalar << 6 | UInt32(continuation & 0x3F)
        }
        let tooShort = (length == 3 && scalar < 0x800) || (length == 4 && scalar < 0x10000)
        guard !tooShort, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
            throw error("invalid UTF-8: an overlong, surrogate or out-of-range character")
        }
        position += length
    }

    private func controlCharacterError(_ byte: UInt8) -> JSONParseError {
        error(
            "control character U+\(Self.hex(UInt32(byte))) must be escaped in a string (for example \\n or \\u00\(Self.hex(UInt32(byte), width: 2)))")
    }

    // MARK: - Numbers

    /// Reads a number token; the digits go straight into an exact `JSONNumber`.
    private mutating func readNumber() throws(JSONParseError) -> JSONNumber {
        var negative = false
        if bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        var digits: [UInt8] = []
        guard position < bytes.count, Self.isDigit(bytes[position]) else { throw error("expected a digit after '-', found \(found)") }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, Self.isDigit(bytes[position]) { throw error("a number cannot have leading zeros") }
        } else {
            while position < bytes.count, Self.isDigit(bytes[position]) {
                digits.append(bytes[position] &- 0x30)
                position += 1
            }
        }
        var fractionCount = 0
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard position < bytes.count, Self.isDigit(bytes[position]) else {
                throw error("expected a digit after the decimal point, found \(found)")
            }
            while position < bytes.count, Self.isDigit(bytes[position]) {
                digits.append(bytes[position] &- 0x30)
                fractionCount += 1
                position += 1
            }
        }
        var exponent = 0
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            var exponentNegative = false
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                exponentNegative = bytes[position] == UInt8(ascii: "-")
                position += 1
            }
            guard position < bytes.count, Self.isDigit(bytes[position]) else { throw error("expected a digit in the exponent, found \(found)") }
            while position < bytes.count, Self.isDigit(bytes[position]) {
                exponent = min(exponent &* 10 &+ Int(bytes[position] &- 0x30), JSONNumber.exponentLimit)
                position += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        return JSONNumber(isNegative: negative, rawDigits: digits, exponent: exponent - fractionCount)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    // MARK: - Whitespace and errors

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// What is at `position`, for messages.
    private var found: String { found(at: position) }

    private func found(at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the document" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte == 0x20 { return "a space" }
        return "byte 0x\(Self.hex(UInt32(byte), width: 2))"
    }

    private func error(_ message: String) -> JSONParseError { error(at: position, message) }

    /// An error at `offset`, with its line and column counted from the start of the document.
    private func error(at offset: Int, _ message: String) -> JSONParseError {
        let end = min(offset, bytes.count)
        var line = 1
        var column = 1
        for byte in UnsafeBufferPointer(rebasing: bytes[0..<end]) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return JSONParseError(line: line, column: column, byteOffset: offset, message: message)
    }

    private static func hex(_ value: UInt32, width: Int = 4) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
