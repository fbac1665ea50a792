import JSONCore

/// Finds where a JSON document's members and array elements are, without building their values.
///
/// A season's EPCIS export can hold a million events; parsing it into one JSON tree would hold
/// them all at once. The skeleton lets the reader parse one event at a time, over bytes held in
/// memory or read from a file where they are needed. It checks only the structure it walks:
/// where that breaks it throws ``JSONSkeletonStop/malformed(offset:reason:)``, and the caller
/// parses the whole document instead when it can, which gives the exact error.
struct JSONSkeleton<Bytes: JSONDocumentBytes> {
    let bytes: Bytes

    /// The members of the object starting at `start` (after whitespace): each key and the byte range of its value.
    func members(ofObjectAt start: Int) throws(JSONSkeletonStop) -> [(key: String, value: Range<Int>)] {
        var index = try skipWhitespace(start)
        try expect(UInt8(ascii: "{"), at: index, "expected an object")
        index = try skipWhitespace(index + 1)
        var result: [(String, Range<Int>)] = []
        if try byte(at: index) == UInt8(ascii: "}") { return result }
        while true {
            try expect(UInt8(ascii: "\""), at: index, "expected a member's name in quotes")
            let keyEnd = try skipString(index)
            let key = try self.key(in: index..<keyEnd)
            index = try skipWhitespace(keyEnd)
            try expect(UInt8(ascii: ":"), at: index, "expected ':' after a member's name")
            let valueStart = try skipWhitespace(index + 1)
            let valueEnd = try skipValue(valueStart)
            result.append((key, valueStart..<valueEnd))
            index = try skipWhitespace(valueEnd)
            if try byte(at: index) == UInt8(ascii: "}") { return result }
            try expect(UInt8(ascii: ","), at: index, "expected ',' or '}' after an object member")
            index = try skipWhitespace(index + 1)
        }
    }

    /// The byte ranges of the elements of the array in `range`.
    func elements(ofArrayIn range: Range<Int>) throws(JSONSkeletonStop) -> [Range<Int>] {
        var index = range.lowerBound
        try expect(UInt8(ascii: "["), at: index, "expected an array")
        index = try skipWhitespace(index + 1)
        var result: [Range<Int>] = []
        if try byte(at: index) == UInt8(ascii: "]") { return result }
        while true {
            let end = try skipValue(index)
            result.append(index..<end)
            index = try skipWhitespace(end)
            if try byte(at: index) == UInt8(ascii: "]") { return result }
            try expect(UInt8(ascii: ","), at: index, "expected ',' or ']' after an array element")
            index = try skipWhitespace(index + 1)
        }
    }

    /// Whether the value starting at `start` (after whitespace) begins with `bracket`: `{` for
    /// an object, `[` for an array.
    func value(at start: Int, opensWith bracket: Character) throws(JSONSkeletonStop) -> Bool {
        let index = try skipWhitespace(start)
        guard index < bytes.count else { return false }
        return try bytes.byte(at: index) == bracket.asciiValue
    }

    /// The index just after the value starting at `start`.
    func skipValue(_ start: Int) throws(JSONSkeletonStop) -> Int {
        switch try byte(at: start) {
        case UInt8(ascii: "\""):
            return try skipString(start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var scan = ContainerScan()
            var index = start
            while index < bytes.count {
                let (walked, closed) = try bytes.withBytes(from: index) { scan.walk($0) }
                index += walked
                if closed { return index }
            }
            throw .malformed(offset: start, reason: "this object or array is not closed before the end of the document")
        default:
            // A number, true, false or null: up to the next delimiter.
            var index = start
            while index < bytes.count, try !Self.isDelimiter(bytes.byte(at: index)) { index += 1 }
            guard index > start else { throw .malformed(offset: start, reason: "expected a value") }
            return index
        }
    }

    /// The member name whose quoted text is in `range`, escapes decoded.
    private func key(in range: Range<Int>) throws(JSONSkeletonStop) -> String {
        let key = try bytes.withBytes(in: range) { quoted -> String? in
            let text = UnsafeBufferPointer(rebasing: quoted.dropFirst().dropLast())
            guard text.contains(UInt8(ascii: "\\")) else { return String(validating: text, as: UTF8.self) }
            return (try? JSONParser().parse(quoted))?.stringValue
        }
        guard let key else { throw .malformed(offset: range.lowerBound, reason: "a member's name is not valid UTF-8 text") }
        return key
    }

    /// The index just after the string starting at `start` (a quote).
    private func skipString(_ start: Int) throws(JSONSkeletonStop) -> Int {
        var index = start + 1
        while index < bytes.count {
            switch try bytes.byte(at: index) {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        throw .malformed(offset: start, reason: "this string is not closed before the end of the document")
    }

    private func skipWhitespace(_ start: Int) throws(JSONSkeletonStop) -> Int {
        var index = start
        while index < bytes.count, try Self.isWhitespace(bytes.byte(at: index)) { index += 1 }
        return index
    }

    /// The byte at `index`; the end of the document is malformed here.
    private func byte(at index: Int) throws(JSONSkeletonStop) -> UInt8 {
        guard index < bytes.count else { throw .malformed(offset: bytes.count, reason: "the document ends too early") }
        return try bytes.byte(at: index)
    }

    /// Throws `reason` unless the byte at `index` is `expected`.
    private func expect(_ expected: UInt8, at index: Int, _ reason: String) throws(JSONSkeletonStop) {
        guard try byte(at: index) == expected else { throw .malformed(offset: index, reason: reason) }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
    }
}

/// A walk over an object or an array to its closing bracket, a piece of the document at a time:
/// how deep it is, and whether it is in a string (just after a backslash).
///
/// The text of a string and runs of spaces (a pretty document's indentation) are passed over
/// eight bytes at a time.
struct ContainerScan {
    private var depth = 0
    private var inString = false
    private var escaped = false

    /// Walks `piece`; the bytes walked, and whether the container closed with the last of them.
    mutating func walk(_ piece: UnsafeBufferPointer<UInt8>) -> (count: Int, closed: Bool) {
        guard let base = piece.baseAddress else { return (0, false) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset < piece.count {
            if inString && !escaped {
                offset = JSONByteScan.nextQuoteOrBackslash(in: raw, from: offset, count: piece.count)
                guard offset < piece.count else { break }
            } else if !inString {
                offset = JSONByteScan.pastSpaces(in: raw, from: offset, count: piece.count)
                guard offset < piece.count else { break }
            }
            let byte = piece[offset]
            offset += 1
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return (offset, true) }
            default: break
            }
        }
        return (piece.count, false)
    }
}

/// Why the skeleton stopped: the document's structure breaks, or its file cannot be read.
enum JSONSkeletonStop: Error {
    /// The structure breaks at byte `offset`.
    case malformed(offset: Int, reason: String)
    /// The file could not be read at byte `offset`.
    case unreadable(offset: Int, reason: String)
    /// A part of the document (an event, a top-level member) that must be held whole is larger than the limit.
    case tooLarge(offset: Int, count: Int, limit: Int)
}
