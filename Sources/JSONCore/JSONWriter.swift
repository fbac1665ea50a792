/// Writes `JSONValue`s as UTF-8 JSON text, deterministically.
///
/// Compact output has no whitespace and no trailing newline. Pretty output indents by two
/// spaces, writes `"key": value`, keeps empty arrays and objects as `[]` and `{}`, and ends
/// with one newline. Object members are written in model order, or sorted by the UTF-8 bytes
/// of their keys (= Unicode code point order) with `sortKeys`. Strings escape `"`, `\` and
/// control characters (`\b \f \n \r \t`, otherwise `\u00XX`); everything else, `/` and
/// non-ASCII included, is written as UTF-8. Numbers are written by `JSONNumber.description`.
public struct JSONWriter: Sendable {
    /// Whether to indent.
    public let pretty: Bool
    /// Whether to sort object keys.
    public let sortKeys: Bool

    /// A writer with the given layout.
    public init(pretty: Bool = false, sortKeys: Bool = false) {
        self.pretty = pretty
        self.sortKeys = sortKeys
    }

    /// `value` as text.
    public func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// `value` as UTF-8 bytes.
    public func bytes(_ value: JSONValue) -> [UInt8] {
        var output = ByteBuffer(capacity: 4096)
        write(value, indent: 0, into: &output)
        if pretty { output.append(0x0A) }
        return output.bytes
    }

    /// Writes `value`, whose nesting depth is `indent`, to `output`.
    func write<Output: ByteOutput & ~Copyable>(_ value: JSONValue, indent: Int, into output: inout Output) {
        switch value {
        case .null: output.append(utf8: "null")
        case .bool(let flag): output.append(utf8: flag ? "true" : "false")
        case .number(let number): number.write(into: &output)
        case .string(let text): Self.writeString(text, into: &output)
        case .array(let elements):
            guard !elements.isEmpty else { return output.append(utf8: "[]") }
            output.append(UInt8(ascii: "["))
            for index in elements.indices {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(indent + 1, into: &output)
                write(elements[index], indent: indent + 1, into: &output)
            }
            newline(indent, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.isEmpty else { return output.append(utf8: "{}") }
            output.append(UInt8(ascii: "{"))
            writeMembers(orderedMembers(of: object), indent: indent, into: &output)
            newline(indent, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Writes `members`, those of an object at depth `indent`, with the commas between them.
    private func writeMembers<Output: ByteOutput & ~Copyable>(_ members: [(key: String, value: JSONValue)], indent: Int, into output: inout Output) {
        for index in members.indices {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            newline(indent + 1, into: &output)
            writeMember(members[index].key, into: &output)
            write(members[index].value, indent: indent + 1, into: &output)
        }
    }

    /// The members of `object` in the order they are written: sorted by their keys' bytes with
    /// `sortKeys`, else in model order.
    func orderedMembers(of object: JSONObject) -> [(key: String, value: JSONValue)] {
        sortKeys ? object.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) } : object.members
    }

    /// Writes `key` and the colon (and, pretty, the space) before a member's value.
    func writeMember<Output: ByteOutput & ~Copyable>(_ key: String, into output: inout Output) {
        Self.writeString(key, into: &output)
        output.append(UInt8(ascii: ":"))
        if pretty { output.append(0x20) }
    }

    /// Writes, pretty, a line break and the indentation of depth `indent`.
    func newline<Output: ByteOutput & ~Copyable>(_ indent: Int, into output: inout Output) {
        guard pretty else { return }
        output.append(0x0A)
        var spaces = indent * 2
        while spaces > 0 {
            let run = min(spaces, Self.spaces.count)
            Self.spaces.withUnsafeBufferPointer { output.append(bytes: UnsafeBufferPointer(rebasing: $0[..<run])) }
            spaces -= run
        }
    }

    /// Spaces the indentation is copied from.
    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    /// Writes `text` in double quotes with the minimal escaping shared by this writer and RFC 8785.
    ///
    /// The runs of bytes between the characters that need escaping are found a word at a time
    /// and copied whole.
    static func writeString<Output: ByteOutput & ~Copyable>(_ text: String, into output: inout Output) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var runStart = 0
            while true {
                let index = JSONByteScan.nextEscapedByte(in: raw, from: runStart, count: bytes.count)
                output.append(bytes: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
                guard index < bytes.count else { break }
                writeEscape(of: base[index], into: &output)
                runStart = index + 1
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Writes the escape of `byte`, a quote, a backslash or a control character.
    private static func writeEscape<Output: ByteOutput & ~Copyable>(of byte: UInt8, into output: inout Output) {
        output.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
        case 0x08: output.append(UInt8(ascii: "b"))
        case 0x0C: output.append(UInt8(ascii: "f"))
        case 0x0A: output.append(UInt8(ascii: "n"))
        case 0x0D: output.append(UInt8(ascii: "r"))
        case 0x09: output.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            output.append(utf8: "u00")
            output.append(hex[Int(byte >> 4)])
            output.append(hex[Int(byte & 0x0F)])
        }
    }
}
