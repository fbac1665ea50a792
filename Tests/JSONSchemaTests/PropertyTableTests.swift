import JSONCore
import TestSupport
import Testing

@testable import JSONSchema

/// Property look-ups by a key's bytes against a dictionary of the same names, and `required`
/// found in one pass against looking for each name among the keys.
@Suite struct PropertyTableTests {
    /// Names that share lengths, prefixes and suffixes (the hash reads only the first and last
    /// eight bytes), around the 8-byte word.
    static func names(_ count: Int, _ generator: inout SeededGenerator) -> [String] {
        let stems = ["", "credentialSubject", "credentialStatus", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "é", "e\u{301}"]
        return (0..<count).map { _ in
            let middle = String((0..<Int.random(in: 0...9, using: &generator)).map { _ in "ab-Z".randomElement(using: &generator)! })
            return stems.randomElement(using: &generator)! + middle + stems.randomElement(using: &generator)!
        }
    }

    /// Keys near `name`: itself, each byte changed, one byte shorter and one longer.
    static func neighbours(of name: String) -> [[UInt8]] {
        let bytes = Array(name.utf8)
        var keys = [bytes, Array(bytes.dropLast()), bytes + [0x61]]
        for index in bytes.indices {
            var changed = bytes
            changed[index] ^= 0x01
            keys.append(changed)
        }
        return keys
    }

    @Test(arguments: [1, 3, 8, 9, 20, 64])
    func findsWhatADictionaryOfTheSameNamesFinds(count: Int) {
        var generator = SeededGenerator(seed: UInt64(count))
        for _ in 0..<20 {
            let names = Self.names(count, &generator)
            let table = PropertyTable(names.enumerated().map { ($0.element, $0.offset) })
            var expected: [[UInt8]: Int] = [:]
            for (offset, name) in names.enumerated() where expected[Array(name.utf8)] == nil { expected[Array(name.utf8)] = offset }
            for key in names.flatMap(Self.neighbours) {
                #expect(
                    key.withUnsafeBufferPointer { table.position(forKey: $0) }.map(table.node(at:)) == expected[key],
                    "\(names) [\(String(decoding: key, as: UTF8.self))]")
            }
        }
    }

    @Test func sameBytesSeesADifferenceAtEveryOffset() {
        for count in 0...40 {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            bytes.withUnsafeBufferPointer { first in
                #expect(Array(bytes).withUnsafeBufferPointer { PropertyTable.sameBytes(first, $0) })
                for index in 0..<count {
                    var changed = bytes
                    changed[index] ^= 0x80
                    #expect(!changed.withUnsafeBufferPointer { PropertyTable.sameBytes(first, $0) }, "\(count) bytes, offset \(index)")
                }
            }
        }
    }

    @Test(arguments: [0, 1, 5, 63, 64, 65, 80, 100, 120])
    func requiredNamesMissingInOnePassAreThoseNotAmongTheKeys(count: Int) throws {
        var generator = SeededGenerator(seed: 100 + UInt64(count))
        for _ in 0..<20 {
            let pool = Self.names(count + 3, &generator)
            let required = (0..<count).map { _ in pool.randomElement(using: &generator)! }
            let keys = Set(pool.shuffled(using: &generator).prefix(Int.random(in: 0...pool.count, using: &generator)).map { Array($0.utf8) })
            let object = "{" + keys.map { "\"\(String(decoding: $0, as: UTF8.self))\":1" }.joined(separator: ",") + "}"
            let tape = try JSONParser().parseTape(Array(object.utf8))
            let properties = RequiredProperties(required)
            // Looked for name by name, byte for byte: a repeated name is missing as often as it is written.
            #expect(properties.missing(in: tape.root, of: tape) == required.filter { !keys.contains(Array($0.utf8)) }, "\(required) in \(object)")
        }
    }

    @Test func canonicallyEquivalentNamesAreDifferentProperties() throws {
        let tape = try JSONParser().parseTape(Array(#"{"é":1}"#.utf8))
        #expect(RequiredProperties(["é", "e\u{301}", "é"]).missing(in: tape.root, of: tape) == ["e\u{301}"])
    }
}
