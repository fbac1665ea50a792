/// The state of one parse: a cursor over a document's bytes, the tape being written, and the
/// current nesting depth.
///
/// Recursive descent: the recursion depth is bounded by `Options.maxDepth`, checked before
/// each nested array or object is entered.
struct JSONByteReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let options: JSONParser.Options
    private var position = 0
    private var depth = 0
    private var scratch: [UInt8] = []
    /// The document's bytes, then each escaped string's decoded text.
    private var storage: [UInt8]
    private var entries: [JSONTape.Entry] = []
    /// The keys of the objects being read, innermost last (for finding repeated keys).
    private var openKeys: [OpenKey] = []
    private var hasDuplicateKeys = false
    /// Whether a number was written with an exponent of three digits or more, or a whole part of
    /// more than ``safeIntegerDigits`` (``JSONTape/mayHoldNumbersBeyondDouble``).
    private var mayHoldNumbersBeyondDouble = false

    /// A reader of `buffer`, whose bytes `document` holds when the caller has them as an array
    /// (the tape then shares it, copying only if an escaped string is decoded after it).
    init(buffer: UnsafeBufferPointer<UInt8>, document: [UInt8]?, options: JSONParser.Options) {
        bytes = buffer
        self.options = options
        storage = document ?? Array(buffer)
    }

    /// Reads the one value the document holds, with only whitespace around it.
    mutating func readDocument() throws(JSONParseError) -> JSONTape {
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
        entries.reserveCapacity(bytes.count / 16)
        try readValue()
        skipWhitespace()
        guard position == bytes.count else { throw error("expected the end of the document after the value, found \(found)") }
        return JSONTape(
            storage: storage, entries: entries, hasDuplicateKeys: hasDuplicateKeys, duplicateKeys: options.duplicateKeys,
            mayHoldNumbersBeyondDouble: mayHoldNumbersBeyondDouble)
    }

    // MARK: - Values

    private mutating func readValue() throws(JSONParseError) {
        switch bytes[position] {
        case UInt8(ascii: "{"): try readObject()
        case UInt8(ascii: "["): try readArray()
        case UInt8(ascii: "\""):
            let text = try readString()
            entries.append(JSONTape.Entry(kind: .string, start: text.lowerBound, end: text.upperBound))
        case UInt8(ascii: "t"): try readLiteral("true", .true)
        case UInt8(ascii: "f"): try readLiteral("false", .false)
        case UInt8(ascii: "n"): try readLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = position
            try readNumber()
            entries.append(JSONTape.Entry(kind: .number, start: start, end: position))
        default: throw error("expected a JSON value (object, array, string, number, true, false or null), found \(found)")
        }
    }

    private mutating func readLiteral(_ literal: StaticString, _ kind: JSONTape.Kind) throws(JSONParseError) {
        let start = position
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for byte in expected {
            guard position < bytes.count, bytes[position] == byte else {
                throw error(at: start, "expected '\(literal)' here (a value), found \(found(at: start))")
            }
            position += 1
        }
        entries.append(JSONTape.Entry(kind: kind))
    }

    /// Checks the depth, moves past the opening bracket and appends the container's entry.
    private mutating func enterContainer(_ kind: JSONTape.Kind) throws(JSONParseError) -> Int {
        depth += 1
        guard depth <= options.maxDepth else {
            throw error("arrays and objects are nested deeper than the limit of \(options.maxDepth) levels")
        }
        position += 1
        entries.append(JSONTape.Entry(kind: kind))
        return entries.count - 1
    }

    /// Records the container's size and where its entries end.
    private mutating func close(_ container: Int, count: Int) {
        entries[container].count = count
        entries[container].end = entries.count
    }

    private mutating func readArray() throws(JSONParseError) {
        let container = try enterContainer(.array)
        defer { depth -= 1 }
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return close(container, count: 0)
        }
        var count = 0
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw error("expected an array element, found the end of the document") }
            try readValue()
            count += 1
            skipWhitespace()
            guard position < bytes.count else { throw error("expected ',' or ']' after an array element, found the end of the document") }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return close(container, count: count)
            default: throw error("expected ',' or ']' after an array element, found \(found)")
            }
        }
    }

    private mutating func readObject() throws(JSONParseError) {
        let container = try enterContainer(.object)
        defer { depth -= 1 }
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return close(container, count: 0)
        }
        let firstKey = openKeys.count
        defer { openKeys.removeSubrange(firstKey...) }
        var keyIndex: [UInt64: Int] = [:]
        var signatureBits: UInt64 = 0
        var count = 0
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw error("expected a string (an object key in double quotes), found \(found)")
            }
            let keyStart = position
            let key = try readString()
            let openKey = OpenKey(text: key, signature: signature(of: key))
            if mayBeRepeated(openKey, since: firstKey, bits: &signatureBits), isRepeated(openKey, since: firstKey, index: &keyIndex) {
                guard options.duplicateKeys != .reject else {
                    throw error(at: keyStart, "duplicate object key \"\(String(decoding: storage[key], as: UTF8.self))\"")
                }
                hasDuplicateKeys = true
            }
            openKeys.append(openKey)
            entries.append(JSONTape.Entry(kind: .string, start: key.lowerBound, end: key.upperBound))
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw error("expected ':' after the object key, found \(found)")
            }
            position += 1
            skipWhitespace()
            guard position < bytes.count else { throw error("expected a value after ':', found the end of the document") }
            try readValue()
            count += 1
            skipWhitespace()
            guard position < bytes.count else { throw error("expected ',' or '}' after an object member, found the end of the document") }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return close(container, count: count)
            default: throw error("expected ',' or '}' after an object member, found \(found)")
            }
        }
    }

    /// A key of an object being read: where its text is in `storage`, and its ``signature(of:)``.
    private struct OpenKey {
        let text: Range<Int>
        let signature: UInt64
    }

    /// Whether `key` may be among the keys of the current object: false when its signature's
    /// bit in `bits` (one of 64, by a multiplicative hash) is clear, which is most keys; each key
    /// sets its bit. Objects of 64 keys or more always answer true, as their table
    /// (``isRepeated(_:since:index:)``) must see every key.
    @inline(__always)
    private func mayBeRepeated(_ key: OpenKey, since firstKey: Int, bits: inout UInt64) -> Bool {
        let bit: UInt64 = 1 << ((key.signature &* 0x9E37_79B9_7F4A_7C15) >> 58)
        defer { bits |= bit }
        return bits & bit != 0 || openKeys.count - firstKey >= Self.linearLimit
    }

    /// Objects of up to this many keys are searched for a repeated key by a scan of their signatures.
    private static let linearLimit = 64

    /// Whether `key` is among the keys of the current object (`openKeys` from `firstKey`): a
    /// scan of the signatures for objects of up to 64 keys, then a table by signature kept up to
    /// date; texts of equal signatures are compared byte by byte.
    private func isRepeated(_ key: OpenKey, since firstKey: Int, index: inout [UInt64: Int]) -> Bool {
        if openKeys.count - firstKey < Self.linearLimit {
            for offset in firstKey..<openKeys.count where openKeys[offset].signature == key.signature {
                if sameText(openKeys[offset].text, key.text) { return true }
            }
            return false
        }
        if index.isEmpty {
            for offset in firstKey..<openKeys.count where index[openKeys[offset].signature] == nil { index[openKeys[offset].signature] = offset }
        } else if index[openKeys[openKeys.count - 1].signature] == nil {
            index[openKeys[openKeys.count - 1].signature] = openKeys.count - 1
        }
        guard let candidate = index[key.signature] else { return false }
        // Equal signatures with different text: rare enough to settle by a scan.
        return sameText(openKeys[candidate].text, key.text) || openKeys[firstKey...].contains { sameText($0.text, key.text) }
    }

    /// A word made of the text's byte count and its bytes (its first and last eight when it has
    /// more than seven): equal texts have equal signatures, and texts of fewer than eight bytes
    /// differ exactly when their signatures do.
    private func signature(of text: Range<Int>) -> UInt64 {
        storage.withUnsafeBufferPointer { all in
            let count = text.count
            guard count > 0, let base = all.baseAddress.map({ $0 + text.lowerBound }) else { return 0 }
            if count < 8 {
                var word = UInt64(count) << 56
                for offset in 0..<count { word |= UInt64(base[offset]) << UInt64(8 * offset) }
                return word
            }
            let head = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
            let tail = UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)
            return head ^ (tail &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(count)
        }
    }

    private func sameText(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
        first.count == second.count
            && storage.withUnsafeBufferPointer { all in
                JSONTape.sameBytes(UnsafeBufferPointer(rebasing: all[first]), UnsafeBufferPointer(rebasing: all[second]))
            }
    }

    // MARK: - Strings

    /// Reads a string whose opening quote is at `position`; returns where its text is in `storage`.
    private mutating func readString() throws(JSONParseError) -> Range<Int> {
        let quote = position
        position += 1
        let start = position
        while position < bytes.count {
            skipPlainASCII()
            guard position < bytes.count else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return start..<(position - 1)
            }
            if byte == UInt8(ascii: "\\") { return try readEscapedString(from: start, quote: quote) }
            if byte < 0x20 { throw controlCharacterError(byte) }
            if byte < 0x80 { position += 1 } else { try skipUTF8Sequence() }
        }
        throw error(at: quote, "unterminated string: expected '\"' before the end of the document")
    }

    /// Moves past printable ASCII other than `"` and `\\`, the bytes a string's text is mostly
    /// made of, 8 bytes at a time (each word tested at once, bit tricks on a `UInt64`), up to the
    /// first other byte.
    private mutating func skipPlainASCII() {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        while position + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            // (x - ones) & ~x & highs flags each zero byte of x (and may flag bytes above one, through
            // the borrow); (word - 0x20 in each byte) flags bytes below 0x20, and word itself bytes
            // of 0x80 and above.
            let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
            let special =
                ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | (word &- ones &* 0x20) | word
            let flagged = special & highs
            guard flagged == 0 else {
                // Borrows only carry upwards, so the lowest flagged byte is the first special one.
                position += flagged.trailingZeroBitCount >> 3
                return
            }
            position += 8
        }
    }

    /// Continues `readString` from the first backslash, decoding escapes into a scratch buffer
    /// whose text then goes after the document in `storage`.
    private mutating func readEscapedString(from start: Int, quote: Int) throws(JSONParseError) -> Range<Int> {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                let decodedStart = storage.count
                storage.append(contentsOf: scratch)
                return decodedStart..<storage.count
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

    /// Moves past a number token, checking its grammar (its value is read when asked for).
    private mutating func readNumber() throws(JSONParseError) {
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, Self.isDigit(bytes[position]) else { throw error("expected a digit after '-', found \(found)") }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, Self.isDigit(bytes[position]) { throw error("a number cannot have leading zeros") }
        } else {
            let digitsStart = position
            skipDigits()
            if position - digitsStart > Self.safeIntegerDigits { mayHoldNumbersBeyondDouble = true }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard position < bytes.count, Self.isDigit(bytes[position]) else {
                throw error("expected a digit after the decimal point, found \(found)")
            }
            skipDigits()
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count, Self.isDigit(bytes[position]) else { throw error("expected a digit in the exponent, found \(found)") }
            let exponentStart = position
            skipDigits()
            if position - exponentStart > 2 { mayHoldNumbersBeyondDouble = true }
        }
    }

    /// A number whose whole part has at most this many digits and whose exponent at most two is
    /// below 10^299, well within a `Double`: only other numbers mark the tape
    /// (``JSONTape/mayHoldNumbersBeyondDouble``).
    private static let safeIntegerDigits = 200

    private mutating func skipDigits() {
        while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    // MARK: - Whitespace and errors

    /// Moves past spaces, tabs, line feeds and carriage returns: in place when the next byte is
    /// none of them (most places in compact JSON) or one space before something else (after
    /// `, ` and `: `), so that only longer runs cost a call.
    @inline(__always)
    private mutating func skipWhitespace() {
        guard position < bytes.count, bytes[position] <= 0x20 else { return }
        if bytes[position] == 0x20, position + 1 < bytes.count, bytes[position + 1] > 0x20 {
            position += 1
            return
        }
        skipWhitespaceRun()
    }

    /// ``skipWhitespace()`` from a byte that may be whitespace.
    @inline(never)
    private mutating func skipWhitespaceRun() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x0A:
                position += 1
                // Indentation follows a line break: its spaces eight bytes at a time.
                while position + 8 <= bytes.count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: position, as: UInt64.self))
                    let others = word ^ 0x2020_2020_2020_2020
                    guard others == 0 else {
                        position += others.trailingZeroBitCount >> 3
                        break
                    }
                    position += 8
                }
            case 0x20, 0x0D, 0x09: position += 1
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
