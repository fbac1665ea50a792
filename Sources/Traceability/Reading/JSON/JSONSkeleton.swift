/// Finds where a JSON document's members and array elements are, without building their values.
///
/// A season's EPCIS export can hold a million events; parsing it into one JSON tree would hold
/// them all at once. The skeleton lets the reader parse one event at a time. It checks only
/// the structure it walks; anything unexpected returns `nil`, and the caller parses the whole
/// document instead, which gives the exact error.
struct JSONSkeleton {
    let bytes: [UInt8]

    /// The members of the object starting at `start` (after whitespace): each key and the byte range of its value.
    func members(ofObjectAt start: Int) -> [(key: String, value: Range<Int>)]? {
        var index = skipWhitespace(start)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        index = skipWhitespace(index + 1)
        var result: [(String, Range<Int>)] = []
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { return result }
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let keyEnd = skipString(index) else { return nil }
            guard let key = String(validating: bytes[(index + 1)..<(keyEnd - 1)], as: UTF8.self), !key.contains("\\") else { return nil }
            index = skipWhitespace(keyEnd)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            let valueStart = skipWhitespace(index + 1)
            guard let valueEnd = skipValue(valueStart) else { return nil }
            result.append((key, valueStart..<valueEnd))
            index = skipWhitespace(valueEnd)
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "}") { return result }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index = skipWhitespace(index + 1)
        }
    }

    /// The byte ranges of the elements of the array in `range`.
    func elements(ofArrayIn range: Range<Int>) -> [Range<Int>]? {
        var index = range.lowerBound
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
        index = skipWhitespace(index + 1)
        var result: [Range<Int>] = []
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { return result }
        while true {
            guard let end = skipValue(index) else { return nil }
            result.append(index..<end)
            index = skipWhitespace(end)
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "]") { return result }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index = skipWhitespace(index + 1)
        }
    }

    /// The index just after the value starting at `start`.
    func skipValue(_ start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return skipString(start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    guard let end = skipString(index) else { return nil }
                    index = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default:
                    break
                }
                index += 1
            }
            return nil
        default:
            // A number, true, false or null: up to the next delimiter.
            var index = start
            while index < bytes.count, !Self.delimiters.contains(bytes[index]) { index += 1 }
            return index > start ? index : nil
        }
    }

    /// The index just after the string starting at `start` (a quote).
    private func skipString(_ start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return nil
    }

    private func skipWhitespace(_ start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
        return index
    }

    private static let delimiters: Set<UInt8> = [0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")]
}
