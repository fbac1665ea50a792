import JSONCore
import TestSupport
import Testing

@Suite struct JSONParserTests {
    let parser = JSONParser()

    @Test func parsesEveryKindOfValue() throws {
        let value = try parser.parse(#" { "a" : [1, -2.5e3, true, false, null, "x\ty"], "b": {} } "#)
        let expected: JSONValue = ["a": [1, -2500, true, false, nil, "x\ty"], "b": [:]]
        #expect(value == expected)
        #expect(value["a"]?[1]?.numberValue == JSONNumber(-2500))
    }

    @Test func booleansAreNotNumbers() throws {
        #expect(try parser.parse("true") != parser.parse("1"))
        #expect(try parser.parse("false") != parser.parse("0"))
    }

    @Test func keepsMemberOrder() throws {
        let object = try #require(parser.parse(#"{"z":1,"a":2,"m":3}"#).objectValue)
        #expect(object.keys == ["z", "a", "m"])
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try parser.parse(#""\"\\\/\b\f\n\r\t\u00e9\u20AC\ud83d\ude00""#)
        #expect(value == .string("\"\\/\u{8}\u{C}\n\r\té€😀"))
    }

    @Test func keepsUTF8Text() throws {
        #expect(try parser.parse("\"Монгол ямаа\"") == .string("Монгол ямаа"))
    }

    @Test func extremeNumbersAreExact() throws {
        let huge = try #require(parser.parse("1e400").numberValue)
        #expect(huge == JSONNumber(literal: "10e399"))
        #expect(huge > JSONNumber(literal: "9.99e399")!)
        let big = try #require(parser.parse("123456789012345678901234567890").numberValue)
        #expect(big.digits.count == 29)
        #expect(big.exponent == 1)
        #expect(big < JSONNumber(literal: "123456789012345678901234567891")!)
        #expect(try parser.parse("1.0") == parser.parse("1"))
    }

    @Test func ignoresAByteOrderMark() throws {
        #expect(try parser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == [1])
    }

    @Test(arguments: [
        ("", 1, 1, "empty"),
        ("   ", 1, 4, "expected a JSON value"),
        ("[1,", 1, 4, "expected an array element"),
        ("[1 2]", 1, 4, "expected ',' or ']'"),
        ("{\"a\" 1}", 1, 6, "expected ':'"),
        ("{\"a\":1,}", 1, 8, "expected a string"),
        ("\"abc", 1, 1, "unterminated string"),
        ("[1]\n x", 2, 2, "expected the end of the document"),
        ("01", 1, 2, "leading zeros"),
        ("-", 1, 2, "expected a digit after '-'"),
        ("1.", 1, 3, "after the decimal point"),
        ("1e+", 1, 4, "exponent"),
        ("tru", 1, 1, "expected 'true'"),
        ("nul", 1, 1, "expected 'null'"),
        ("'a'", 1, 1, "expected a JSON value"),
        ("\"a\u{1}b\"", 1, 3, "control character U+0001"),
        (#""\x""#, 1, 2, "invalid escape"),
        (#""\u12G4""#, 1, 6, "hexadecimal"),
        (#""\ud800""#, 1, 2, "lone high surrogate"),
        (#""\ud800\u0041""#, 1, 2, "lone high surrogate"),
        (#""\udc00""#, 1, 2, "lone low surrogate"),
        ("{\"a\":1,\n\"a\":2}", 2, 1, "duplicate object key \"a\""),
        ("[NaN]", 1, 2, "expected a JSON value"),
        ("[Infinity]", 1, 2, "expected a JSON value"),
    ])
    func reportsWhereAndWhat(text: String, line: Int, column: Int, message: String) {
        #expect {
            try parser.parse(text)
        } throws: { error in
            guard let error = error as? JSONParseError else { return false }
            return error.line == line && error.column == column && error.message.contains(message)
        }
    }

    @Test(
        arguments: [
            ([0x22, 0xFF, 0x22], "cannot start a character"),
            ([0x22, 0xC3, 0x28, 0x22], "expected a continuation byte"),
            ([0x22, 0xC0, 0xAF, 0x22], "cannot start a character"),
            ([0x22, 0xE0, 0x80, 0xAF, 0x22], "overlong"),
            ([0x22, 0xED, 0xA0, 0x80, 0x22], "surrogate"),
            ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "out-of-range"),
            ([0x22, 0xE2, 0x82], "cut off"),
            ([0x5B, 0xC3, 0xA9, 0x5D], "expected a JSON value"),
        ] as [([UInt8], String)])
    func refusesInvalidUTF8(bytes: [UInt8], message: String) {
        #expect {
            try parser.parse(bytes)
        } throws: { error in
            (error as? JSONParseError)?.message.contains(message) == true
        }
    }

    @Test func duplicateKeyPoliciesCanKeepOneValue() throws {
        let text = #"{"a":1,"b":0,"a":2}"#
        let first = try JSONParser(options: .init(duplicateKeys: .keepFirst)).parse(text)
        let last = try JSONParser(options: .init(duplicateKeys: .keepLast)).parse(text)
        #expect(first == ["a": 1, "b": 0])
        #expect(last == ["a": 2, "b": 0])
        #expect(last.objectValue?.keys == ["a", "b"])
    }

    @Test func duplicateKeysAreFoundInLargeObjects() {
        let members = (0..<100).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        #expect(throws: JSONParseError.self) { try parser.parse("{\(members),\"k57\":0}") }
        #expect((try? parser.parse("{\(members)}"))?.objectValue?.count == 100)
    }

    /// Objects of 1 to 150 keys alike in length, first and last eight bytes, some spelt with
    /// escapes: a key is refused as repeated exactly when its decoded bytes are those of an earlier one.
    @Test func repeatedKeysAreFoundByTheirBytesInObjectsOfEverySize() {
        var generator = SeededGenerator(seed: 11)
        let stems = [
            "k", "key", "ke\\u0079", "identifier", "identifiez", "identifierZ", "i\\u0064entifier", "conformityTopic", "é", "e\\u0301", "\\u00e9",
        ]
        for size in 1...150 {
            for _ in 0..<4 {
                var keys: [String] = []
                var decoded: [[UInt8]] = []
                var repeatsAt: Int? = nil
                for _ in 0..<size {
                    let stem = stems.randomElement(using: &generator)!
                    let key = Bool.random(using: &generator) ? stem : stem + String(Int.random(in: 0..<size, using: &generator))
                    let bytes = try! Array(JSONParser().parse("\"\(key)\"").stringValue!.utf8)
                    if repeatsAt == nil && decoded.contains(bytes) { repeatsAt = keys.count }
                    keys.append(key)
                    decoded.append(bytes)
                }
                let text = "{" + keys.map { "\"\($0)\":0" }.joined(separator: ",") + "}"
                do {
                    _ = try parser.parseTape(Array(text.utf8))
                    #expect(repeatsAt == nil, "\(text)")
                } catch {
                    let offset = repeatsAt.map { keys[..<$0].reduce(1) { $0 + $1.utf8.count + 5 } }
                    #expect(error.byteOffset == offset, "\(text)")
                }
            }
        }
    }

    /// Runs of 0 to 24 spaces, tabs, line feeds and carriage returns between every two tokens
    /// (indentation is read eight spaces at a time): the same value as the compact document, and
    /// an error after such a run is placed at the byte that follows it.
    @Test func whitespaceRunsOfEveryLengthAreSkippedExactly() throws {
        var generator = SeededGenerator(seed: 17)
        let tokens = [
            "{", #""a""#, ":", "[", "1", ",", #""x          y""#, ",", "true", ",", "{", #""b""#, ":", "null", "}", "]", ",", #""c""#, ":", "-2.5",
            "}",
        ]
        let compact = try parser.parse(tokens.joined())
        let blanks: [Character] = [" ", " ", " ", " ", " ", " ", "\n", "\t", "\r"]
        for _ in 0..<400 {
            let runs = (0...tokens.count).map { _ in
                String((0..<Int.random(in: 0...24, using: &generator)).map { _ in blanks.randomElement(using: &generator)! })
            }
            let text = zip(runs, tokens).map { $0 + $1 }.joined() + runs[tokens.count]
            #expect(try parser.parse(text) == compact, "\(text.debugDescription)")
        }
        for length in 0...24 {
            let spaces = String(repeating: " ", count: length)
            #expect(throws: JSONParseError.self) { try parser.parse("[1\(spaces)x]") }
            do {
                _ = try parser.parseTape(Array("[1\(spaces)x]".utf8))
            } catch {
                #expect(error.byteOffset == 2 + length, "\(length) spaces")
            }
            #expect(try parser.parse("\(spaces)[\(spaces)\"\(spaces)\"\(spaces)]\(spaces)") == [.string(spaces)])
        }
    }

    @Test func hundredThousandNestedArraysHitTheDepthLimit() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect {
            try parser.parse(text)
        } throws: { error in
            guard let error = error as? JSONParseError else { return false }
            return error.byteOffset == 512 && error.message.contains("nested deeper than the limit of 512")
        }
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try parser.parse(text) }
        let shallow = JSONParser(options: .init(maxDepth: 3))
        #expect(throws: JSONParseError.self) { try shallow.parse(#"{"a":[[[1]]]}"#) }
        #expect(throws: Never.self) { try shallow.parse("[[[1]]]") }
    }

    @Test func documentsOverTheSizeLimitAreRefused() {
        let small = JSONParser(options: .init(maxBytes: 1_000))
        let text = "\"" + String(repeating: "x", count: 2_000) + "\""
        #expect {
            try small.parse(text)
        } throws: { error in
            (error as? JSONParseError)?.message.contains("larger than the limit of 1000 bytes") == true
        }
    }

    @Test func aTwoHundredMegabyteStringIsRefusedByTheDefaultLimit() {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 200_000_000)
        bytes[0] = UInt8(ascii: "\"")
        bytes[bytes.count - 1] = UInt8(ascii: "\"")
        #expect(throws: JSONParseError.self) { try parser.parse(bytes) }
    }

    @Test func largeStringsWithinTheLimitParse() throws {
        let text = String(repeating: "ab€", count: 1_000_000)
        #expect(try parser.parse("\"\(text)\"") == .string(text))
    }

    @Test func acceptsNonContiguousCollections() throws {
        let bytes = Array("[true,\"é\"]".utf8).lazy.map { $0 }
        #expect(try parser.parse(bytes) == [true, "é"])
    }
}
