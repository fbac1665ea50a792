import Foundation
import JSONCore
import TestSupport
import Testing

/// A value read in place on the tape answers as the ``JSONValue`` the parser makes of the same text.
@Suite struct JSONTapeValueTests {
    /// Keys the generated objects draw from, so that look-ups both hit and miss; "é" and its
    /// decomposed spelling are different keys, as JSON's are.
    static let keys = ["a", "b", "id", "type", "name", "é", "e\u{301}", "quo\"te", ""]

    @Test func answersAsTheParsedValueOnGeneratedDocuments() throws {
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<400 {
            let text = Self.document(depth: 4, &generator)
            let value = try JSONParser().parse(text)
            let tape = try JSONParser().parseTape(Array(text.utf8))
            Self.expectSameAnswers(JSONTapeValue(root: tape), value, text)
        }
    }

    @Test func repeatedKeysKeepTheOccurrenceThePolicyNames() throws {
        let text = #"{"a":1,"b":{"x":true},"a":[2],"b":null,"a":"three"}"#
        for policy in [JSONParser.Options.DuplicateKeyPolicy.keepFirst, .keepLast] {
            let parser = JSONParser(options: .init(duplicateKeys: policy))
            let value = try parser.parse(text)
            let root = JSONTapeValue(root: try parser.parseTape(Array(text.utf8)))
            // Worked out by hand: the first occurrences are 1 and {"x":true}, the last "three" and null.
            #expect(root["a"]?.value == (policy == .keepFirst ? 1 : "three"))
            #expect(root["b"]?.value == (policy == .keepFirst ? ["x": true] : .null))
            Self.expectSameAnswers(root, value, text)
        }
    }

    /// Names in any order, some the object lacks, located in one pass: each finds what the
    /// subscript finds, or -1; names in the object's own order too.
    @Test func locatedNamesFindWhatTheSubscriptFinds() throws {
        var generator = SeededGenerator(seed: 31)
        var located = 0
        for _ in 0..<1000 {
            let text = Self.document(depth: 1, &generator)
            let tape = try JSONParser().parseTape(Array(text.utf8))
            let root = JSONTapeValue(root: tape)
            guard root.isObject else { continue }
            var keysInOrder: [String] = []
            var keyIndex = 1
            for _ in 0..<tape.count(of: tape.root) {
                keysInOrder.append(tape.string(at: keyIndex))
                keyIndex = tape.next(after: keyIndex + 1)
            }
            for names in [Self.keys.shuffled(using: &generator), Array(Self.keys.shuffled(using: &generator).prefix(3)), keysInOrder] {
                let found = [Int](unsafeUninitializedCapacity: names.count + 2) { buffer, count in
                    root.locate(names.map(JSONKey.init), in: buffer)
                    count = names.count
                }
                #expect(found == names.map { root[$0]?.index ?? -1 }, "\(text) \(names)")
                located += found.filter { $0 >= 0 }.count
            }
        }
        #expect(located > 1000)
    }

    /// Keys asked for in any order through one position find what the subscript finds.
    @Test func memberLookUpsFromAPositionFindWhatTheSubscriptFinds() throws {
        var generator = SeededGenerator(seed: 29)
        for _ in 0..<400 {
            let text = Self.document(depth: 2, &generator)
            let root = JSONTapeValue(root: try JSONParser().parseTape(Array(text.utf8)))
            var position = JSONTapeValue.MemberPosition()
            for _ in 0..<12 {
                let key = Self.keys.randomElement(using: &generator)!
                #expect(root.member(JSONKey(key), from: &position)?.index == root[key]?.index, "\(text) [\(key)]")
            }
        }
        // Worked out by hand: "c" is found after "b" (entries 1-4 are "a", 1, "b", 2; "c" is 5, its value 6).
        let root = JSONTapeValue(root: try JSONParser().parseTape(Array(#"{"a":1,"b":2,"c":3}"#.utf8)))
        var position = JSONTapeValue.MemberPosition()
        #expect(root.member("b", from: &position)?.index == 4)
        #expect(root.member("c", from: &position)?.index == 6)
        #expect(root.member("a", from: &position)?.index == 2)
        #expect(root.member("z", from: &position) == nil)
        #expect(root.member("c", from: &position)?.index == 6)
    }

    @Test func scalarsHaveNoMembersOrElements() throws {
        for text in ["1", "\"s\"", "true", "null", "[]", "{}"] {
            let root = JSONTapeValue(root: try JSONParser().parseTape(Array(text.utf8)))
            #expect(root["a"] == nil, "\(text)")
            #expect((root.elements?.count ?? 0) == 0 && root.elements?.first == nil, "\(text)")
        }
    }

    /// Every accessor of `tapeValue` and of each value below it against `value`'s.
    static func expectSameAnswers(_ tapeValue: JSONTapeValue, _ value: JSONValue, _ text: String) {
        #expect(tapeValue.value == value, "\(text)")
        #expect(tapeValue.stringValue.map { Array($0.utf8) } == value.stringValue.map { Array($0.utf8) }, "\(text)")
        #expect(tapeValue.numberValue == value.numberValue, "\(text)")
        #expect(tapeValue.doubleValue?.bitPattern == value.numberValue?.doubleValue.bitPattern, "\(text)")
        #expect(tapeValue.boolValue == value.boolValue, "\(text)")
        #expect(tapeValue.isObject == (value.objectValue != nil), "\(text)")
        #expect(tapeValue.elements?.count == value.arrayValue?.count, "\(text)")
        #expect(tapeValue.elements?.first?.value == value.arrayValue?.first, "\(text)")
        if let elements = tapeValue.elements, let expected = value.arrayValue {
            #expect(Array(elements).count == expected.count, "\(text)")
            for (element, expectedElement) in zip(elements, expected) { expectSameAnswers(element, expectedElement, text) }
        }
        for key in keys {
            #expect(tapeValue[key]?.value == value[key], "\(text) [\(key)]")
            if let member = tapeValue[key], let expected = value[key] { expectSameAnswers(member, expected, text) }
        }
    }

    /// A JSON text of objects, arrays and scalars, nested at most `depth` levels.
    static func document(depth: Int, _ generator: inout SeededGenerator) -> String {
        let choice = depth == 0 ? Int.random(in: 0..<5, using: &generator) : Int.random(in: 0..<8, using: &generator)
        switch choice {
        case 0: return "null"
        case 1: return Bool.random(using: &generator) ? "true" : "false"
        case 2: return ["0", "-1.5", "1e3", "12345678901234567890", "2.50"].randomElement(using: &generator)!
        case 3, 4: return ["\"\"", "\"a\"", "\"\\u00e9\"", "\"e\u{301}\"", "\"x\\\"y\"", "\"😀\""].randomElement(using: &generator)!
        case 5:
            let count = Int.random(in: 0..<4, using: &generator)
            return "[" + (0..<count).map { _ in document(depth: depth - 1, &generator) }.joined(separator: ",") + "]"
        default:
            // Distinct keys: the default parser refuses repeated ones.
            let chosen = keys.shuffled(using: &generator).prefix(Int.random(in: 0..<5, using: &generator))
            return "{"
                + chosen.map { key in "\"\(key.replacingOccurrences(of: "\"", with: "\\\""))\":" + document(depth: depth - 1, &generator) }
                .joined(separator: ",") + "}"
        }
    }
}
