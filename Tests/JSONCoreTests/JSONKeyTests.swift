import TestSupport
import Testing

@testable import JSONCore

@Suite struct JSONKeyTests {
    /// Names of 0 to 40 bytes over a two-letter alphabet with an accented letter among them, so
    /// that many differ from another in one byte only, in the first eight, the last eight or
    /// between: each is found on a tape exactly when its bytes are a key's, whether the key is
    /// written plainly or with escapes, as the bytes themselves say; one at a time and all
    /// located together.
    @Test func namesMatchTheKeysOfTheSameBytesOnly() throws {
        var generator = SeededGenerator(seed: 41)
        let letters = ["a", "b", "é"]
        for _ in 0..<300 {
            let stems = (0..<12).map { _ in
                String((0..<Int.random(in: 0...40, using: &generator)).map { _ in Character(letters.randomElement(using: &generator)!) })
            }
            // The object's keys are the distinct stems, some written with escapes; the names looked for
            // are the stems and each with one letter changed at a random place.
            var keys: [String] = []
            for stem in stems where !keys.contains(stem) { keys.append(stem) }
            let written = keys.map { key in
                Bool.random(using: &generator) ? key : key.unicodeScalars.map(Self.escaped).joined()
            }
            let text = "{" + written.map { "\"\($0)\":0" }.joined(separator: ",") + "}"
            let tape = try JSONParser().parseTape(Array(text.utf8))
            var names = stems
            for stem in stems where !stem.isEmpty {
                var scalars = Array(stem)
                scalars[Int.random(in: 0..<scalars.count, using: &generator)] = Character(letters.randomElement(using: &generator)!)
                names.append(String(scalars))
            }
            for name in names {
                let key = JSONKey(name)
                var keyIndex = 1
                for _ in 0..<tape.count(of: tape.root) {
                    let same = Array(tape.string(at: keyIndex).utf8) == Array(name.utf8)
                    #expect(tape.string(at: keyIndex, is: key) == same, "\(text): \(name)")
                    keyIndex = tape.next(after: keyIndex + 1)
                }
                var position = JSONTapeValue.MemberPosition()
                let found = JSONTapeValue(root: tape).member(key, from: &position)?.index
                #expect(found == keys.firstIndex(of: name).map { 2 + 2 * $0 }, "\(text): \(name)")
            }
            // All the names located in one pass over the keys find the same members.
            var distinct: [String] = []
            for name in names where !distinct.contains(name) { distinct.append(name) }
            let located = [Int](unsafeUninitializedCapacity: distinct.count) { buffer, count in
                JSONTapeValue(root: tape).locate(distinct.map(JSONKey.init), in: buffer)
                count = distinct.count
            }
            #expect(located == distinct.map { name in keys.firstIndex(of: name).map { 2 + 2 * $0 } ?? -1 }, "\(text)")
        }
    }

    /// `scalar` as a JSON escape: a backslash, `u` and four hexadecimal digits (the letters used are in the BMP).
    static func escaped(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    }
}
