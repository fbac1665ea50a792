import Foundation
import JSONCore
import TestSupport
import Testing

@Suite struct JSONWhitespaceTests {
    /// `text`'s bytes without the whitespace between its tokens, as text.
    private func removed(_ text: String) -> String {
        String(decoding: JSONWhitespace.removed(from: Array(text.utf8)), as: UTF8.self)
    }

    @Test func removesTheWhitespaceBetweenTokensOnly() {
        let text = " {\t\"a b\" :\r\n [ 1 , \"x\\\" y\" , \"\\\\\" , \"  \" ] ,\n  \"c\\\\\\\"\": { } }\n"
        #expect(removed(text) == #"{"a b":[1,"x\" y","\\","  "],"c\\\"":{}}"#)
    }

    @Test func leavesTextThatIsNotJSONWhole() {
        // An unterminated string, one ending in a lone backslash, whitespace only, nothing.
        #expect(removed(#" "ab c\"#) == #""ab c\"#)
        #expect(removed(#"["a \"#) == #"["a \"#)
        #expect(removed(" \n\t\r ") == "")
        #expect(removed("") == "")
    }

    @Test func givesTheCompactWriterBytesOfGeneratedValues() {
        var generator = SeededGenerator(seed: 0x5EED_7E47)
        for _ in 0..<2_000 {
            let value = Self.value(depth: 3, using: &generator)
            let pretty = JSONWriter(pretty: true).bytes(value)
            #expect(JSONWhitespace.removed(from: pretty) == JSONWriter().bytes(value), "\(JSONWriter().string(value))")
        }
    }

    /// Strings long enough to be passed over a word at a time, with their quotes and backslashes
    /// at every place in a word, and deep indentation.
    @Test func givesTheCompactWriterBytesOfValuesWithLongStrings() {
        var generator = SeededGenerator(seed: 0x10_6E57)
        for _ in 0..<2_000 {
            let value = Self.value(depth: 4, pieces: 0...40, using: &generator)
            let pretty = JSONWriter(pretty: true).bytes(value)
            #expect(JSONWhitespace.removed(from: pretty) == JSONWriter().bytes(value), "\(JSONWriter().string(value))")
        }
    }

    /// Any bytes, JSON or not (a lone backslash at the end, an unterminated string, control
    /// characters): what a byte-by-byte reading of the rule keeps.
    @Test func keepsWhatAByteByByteReadingKeeps() {
        var generator = SeededGenerator(seed: 0xB17E5)
        let alphabet = Array(" \t\r\n\"\\ab{}:,é".utf8)
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...48, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            #expect(JSONWhitespace.removed(from: bytes) == Self.removedByteByByte(bytes), "\(bytes)")
        }
    }

    /// The rule read a byte at a time: whitespace outside strings dropped; a string, from its quote
    /// to the next quote not escaped by a backslash (or the end), kept whole.
    private static func removedByteByByte(_ bytes: [UInt8]) -> [UInt8] {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        var kept: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == quote else {
                if ![0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { kept.append(bytes[index]) }
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count && bytes[end] != quote { end += bytes[end] == backslash ? 2 : 1 }
            end = min(end + 1, bytes.count)
            kept += bytes[index..<end]
            index = end
        }
        return kept
    }

    @Test(arguments: ["Fixtures/demo/catalog.json", "Fixtures/demo/events.jsonld", "Schemas/textile-passport-0.7.0.schema.json"])
    func givesTheCompactWriterBytesOfTheFixtures(_ path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: PackageFolders.root.appendingPathComponent(path)))
        let value = try JSONParser().parse(bytes)
        #expect(JSONWhitespace.removed(from: JSONWriter(pretty: true).bytes(value)) == JSONWriter().bytes(value))
    }

    /// Texts with what the removal must keep: quotes, backslashes, whitespace and control characters, other scripts.
    private static let pieces = ["a", " ", "  ", "\"", "\\", "\\\"", "\"\\", "\n", "\t", "\r", "\u{1}", "é", "😀", "/", ":", ",", "[", "{"]

    private static func text(pieces count: ClosedRange<Int>, using generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: count, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    private static func value(depth: Int, pieces: ClosedRange<Int> = 0...6, using generator: inout SeededGenerator) -> JSONValue {
        switch Int.random(in: 0..<(depth > 0 ? 7 : 5), using: &generator) {
        case 0: .null
        case 1: .bool(Bool.random(using: &generator))
        case 2: .number(JSONNumber(Int.random(in: -1_000...1_000, using: &generator)))
        case 3: .number(JSONNumber(literal: "\(Double.random(in: -1e6...1e6, using: &generator))")!)
        case 4: .string(text(pieces: pieces, using: &generator))
        case 5: .array((0..<Int.random(in: 0...4, using: &generator)).map { _ in value(depth: depth - 1, pieces: pieces, using: &generator) })
        default:
            .object(
                JSONObject(
                    (0..<Int.random(in: 0...4, using: &generator)).map { index in
                        (text(pieces: pieces, using: &generator) + "\(index)", value(depth: depth - 1, pieces: pieces, using: &generator))
                    }))
        }
    }
}
