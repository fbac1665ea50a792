import JSONCore
import Testing

/// An object written in pieces, its array's elements taken one at a time, is the text the writer
/// gives for the whole object, in every layout.
@Suite struct JSONWriterObjectPiecesTests {
    /// Elements of every kind: scalars, strings with escapes and other scripts, empty and nested
    /// arrays and objects.
    static func element(_ number: Int) -> JSONValue {
        switch number % 6 {
        case 0: .number(JSONNumber(number))
        case 1: .string("line \(number)\n\"quoted\" \\ tab\t Хангай ✓")
        case 2: .array([])
        case 3: .object([:])
        case 4:
            [
                "path": .string("01/\(number)"), "valid": .bool(number % 4 == 0),
                "nested": .array([.null, ["z": .number(JSONNumber(1)), "a": .string("")]]),
            ]
        default: .array([.bool(false), .array([.number(JSONNumber(-number))])])
        }
    }

    static let writers = [JSONWriter(), JSONWriter(pretty: true), JSONWriter(sortKeys: true), JSONWriter(pretty: true, sortKeys: true)]

    @Test(arguments: [0, 1, 2, 7, 600])
    func piecesJoinedAreTheWholeObjectsText(count: Int) {
        let elements = (0..<count).map(Self.element)
        let rests: [JSONObject] = [[:], ["summary": ["files": .number(JSONNumber(count)), "errors": .object([:])], "version": .string("1")]]
        for writer in Self.writers {
            for rest in rests {
                let whole = writer.bytes(.object(JSONObject([("files", .array(elements))] + rest.members.map { ($0.key, $0.value) })))
                for pieceSize in [1, 100, 1 << 20] {
                    let pieces = Array(writer.objectPieces(array: "files", of: elements, then: rest, pieceSize: pieceSize))
                    #expect(
                        Array(pieces.joined()) == whole,
                        "pretty \(writer.pretty), sorted \(writer.sortKeys), \(rest.count) more, pieces of \(pieceSize)")
                    #expect(pieces.allSatisfy { !$0.isEmpty })
                }
            }
        }
    }

    /// A piece is made when it is asked for: the first of 600 elements' pieces has taken only
    /// the elements it holds (and the one that filled it).
    @Test func elementsAreTakenOnlyAsPiecesAreMade() {
        var taken = 0
        let elements = (0..<600).lazy.map { number -> JSONValue in
            taken += 1
            return Self.element(number)
        }
        var pieces = JSONWriter(pretty: true).objectPieces(array: "files", of: elements, then: [:], pieceSize: 1000)
        let first = pieces.next()
        #expect(first != nil)
        #expect(taken > 1 && taken < 100)
        while pieces.next() != nil {}
        #expect(taken == 600)
        #expect(pieces.next() == nil)
    }
}
