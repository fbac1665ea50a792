import Foundation
import JSONCore
import Testing

@Suite struct JSONTapeTests {
    let parser = JSONParser()

    /// The numbers beyond a double's range are found at their pointers, in document order, from
    /// parsed text and from a value; numbers up to the range's end, long fractions and a 301-digit
    /// integer are not. Pointers and which numbers overflow worked out by hand (10^308 and
    /// 9 × 10^300 are finite, 10^309 and the 311-digit 9 × 10^310 are not; 1e-999 underflows to
    /// zero, which is not beyond).
    @Test func numbersBeyondADoublesRangeAreFoundAtTheirPointers() throws {
        let big = "9" + String(repeating: "0", count: 300)
        let text = """
            {"a": 1e308, "b": [1, -1e309, {"c~d": 1E+999}], "e": \(big), "f": \(big)0000000000, "g": 0.\(big)1, "h": 1e-999, "i": -1.7976931348623157e308}
            """
        let tape = try parser.parseTape(Array(text.utf8))
        let expected = ["/b/1", "/b/2/c~0d", "/f"]
        #expect(tape.numbersBeyondDoubleRange.map(\.description) == expected)
        #expect(JSONTape(try parser.parse(text)).numbersBeyondDoubleRange.map(\.description) == expected)
        #expect(try parser.parseTape(Array(#"{"a": [1.5, -2, 123456789012345678901234567890]}"#.utf8)).numbersBeyondDoubleRange.isEmpty)
    }

    @Test func laysValuesOutInDocumentOrder() throws {
        // Entries worked out by hand: 0 {, 1 "a", 2 [, 3 1, 4 2.5, 5 "b", 6 "x\"y", 7 "c", 8 {}, 9 "d", 10 null.
        let tape = try parser.parseTape(Array(#"{"a":[1,2.5],"b":"x\"y","c":{},"d":null}"#.utf8))
        #expect(tape.kind(of: 0) == .object && tape.count(of: 0) == 4)
        #expect(tape.string(at: 1) == "a")
        #expect(tape.kind(of: 2) == .array && tape.count(of: 2) == 2)
        #expect(tape.next(after: 2) == 5)
        #expect(tape.number(at: 3) == JSONNumber(1) && tape.numberIsInteger(at: 3))
        #expect(tape.number(at: 4) == JSONNumber(2.5) && !tape.numberIsInteger(at: 4))
        #expect(tape.string(at: 6) == "x\"y" && tape.byteCount(of: 6) == 3)
        #expect(tape.kind(of: 8) == .object && tape.count(of: 8) == 0 && tape.next(after: 8) == 9)
        #expect(tape.string(at: 9) == "d" && tape.kind(of: 10) == .null)
        #expect(tape.next(after: 0) == 11)
    }

    @Test func integerSpellingsAreIntegers() throws {
        for (literal, isInteger) in [("1.0", true), ("1e2", true), ("15e-1", false), ("-0", true), ("1.25E2", true), ("0.5", false)] {
            let tape = try parser.parseTape(Array(literal.utf8))
            #expect(tape.numberIsInteger(at: tape.root) == isInteger, "\(literal)")
            #expect(tape.typeName(of: tape.root) == (isInteger ? "integer" : "number"))
        }
    }

    /// Strings whose special bytes (quote, backslash, control, non-ASCII) fall at every place
    /// of an 8-byte word, against Foundation's own JSON parser.
    @Test func stringsMatchFoundationAtEveryWordOffset() throws {
        let specials = [#"\""#, #"\\"#, #"\n"#, "é", "😀", #"\u0041"#, "ab"]
        for padding in 0..<17 {
            for special in specials {
                let text = "[\"" + String(repeating: "x", count: padding) + special + String(repeating: "y", count: 17 - padding) + "\"]"
                let expected = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String])
                let tape = try parser.parseTape(Array(text.utf8))
                #expect(tape.string(at: 1) == expected[0], "\(text)")
                #expect(tape.string(at: 1, equals: expected[0]))
            }
        }
    }

    @Test func controlCharactersAfterPlainWordsAreRefusedWhereTheyAre() {
        for count in [3, 8, 13, 16] {
            let text = "\"" + String(repeating: "a", count: count) + "\u{01}" + String(repeating: "b", count: 9) + "\""
            #expect {
                try parser.parseTape(Array(text.utf8))
            } throws: { error in
                (error as? JSONParseError)?.byteOffset == count + 1
                    && (error as? JSONParseError)?.message.hasPrefix("control character U+0001") == true
            }
        }
    }

    @Test func valuesRoundTripThroughTheTape() throws {
        let documents = [
            #"{"z":1,"a":[true,false,null,"é\u00e9",1e400,-0.5],"m":{"n":{}}}"#, #"[]"#, #""\ud83d\ude00""#, "123456789012345678901234567890",
            // Found by fuzz-json: a saturated exponent once wrote a literal that read back as another number.
            "1238345678901234567890.5e48383456789012",
        ]
        for text in documents {
            let value = try parser.parse(text)
            let tape = JSONTape(value)
            #expect(tape.value(at: tape.root) == value)
            #expect(tape.value(at: tape.root, equals: value))
            #expect(try parser.parseTape(Array(text.utf8)).value(at: 0, equals: value))
        }
    }

    @Test func equalityIsJSONs() throws {
        let tape = try parser.parseTape(Array(#"{"a":1.0,"b":["e\u0301"]}"#.utf8))
        #expect(tape.value(at: 0, equals: ["b": ["e\u{301}"], "a": 1]))
        #expect(!tape.value(at: 0, equals: ["a": 1, "b": ["é"]]))
        #expect(!tape.value(at: 0, equals: ["a": 1]))
        #expect(!tape.value(at: 0, equals: ["a": true, "b": ["e\u{301}"]]))
    }

    @Test func repeatedKeysInLargeObjectsAreFound() throws {
        let members = (0..<40).map { "\"key\($0)\":\($0)" }
        let distinct = "{" + members.joined(separator: ",") + "}"
        #expect(try parser.parseTape(Array(distinct.utf8)).count(of: 0) == 40)
        let repeated = "{" + (members + ["\"key29\":0"]).joined(separator: ",") + "}"
        #expect {
            try parser.parseTape(Array(repeated.utf8))
        } throws: { error in
            (error as? JSONParseError)?.message == #"duplicate object key "key29""#
                && (error as? JSONParseError)?.byteOffset == repeated.utf8.count - 10
        }
        // The same key spelt with an escape is the same key.
        #expect(throws: JSONParseError.self) { try parser.parseTape(Array(#"{"ab":1,"a\u0062":2}"#.utf8)) }
    }

    @Test func keptDuplicatesAreMarkedAndResolvedByPolicy() throws {
        let text = Array(#"{"a":1,"b":2,"a":3}"#.utf8)
        let first = try JSONParser(options: .init(duplicateKeys: .keepFirst)).parseTape(text)
        let last = try JSONParser(options: .init(duplicateKeys: .keepLast)).parseTape(text)
        #expect(first.hasDuplicateKeys && last.hasDuplicateKeys)
        #expect(first.count(of: 0) == 3)
        #expect(first.value(at: 0) == ["a": 1, "b": 2])
        #expect(last.value(at: 0) == ["a": 3, "b": 2])
        #expect(last.value(at: 0).objectValue?.keys == ["a", "b"])
        #expect(try parser.parseTape(Array(#"{"a":1}"#.utf8)).hasDuplicateKeys == false)
    }
}
