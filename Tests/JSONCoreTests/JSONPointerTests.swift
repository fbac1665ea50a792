import JSONCore
import Testing

/// RFC 6901 section 5 examples.
@Suite struct JSONPointerTests {
    let document: JSONValue = [
        "foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2, "e^f": 3, "g|h": 4, "i\\j": 5, "k\"l": 6, " ": 7, "m~n": 8,
    ]

    @Test(arguments: [
        ("/foo/0", "bar" as JSONValue), ("/", 0), ("/a~1b", 1), ("/c%d", 2), ("/e^f", 3), ("/g|h", 4),
        ("/i\\j", 5), ("/k\"l", 6), ("/ ", 7), ("/m~0n", 8),
    ])
    func resolvesTheRFCExamples(pointer: String, expected: JSONValue) throws {
        #expect(try #require(JSONPointer(pointer)).resolve(in: document) == expected)
    }

    @Test func emptyPointerIsTheWholeDocument() throws {
        #expect(try #require(JSONPointer("")).resolve(in: document) == document)
    }

    @Test(arguments: ["/foo/2", "/foo/01", "/foo/-", "/nope", "/foo/0/x"])
    func missingTargetsResolveToNothing(pointer: String) throws {
        #expect(try #require(JSONPointer(pointer)).resolve(in: document) == nil)
    }

    @Test(arguments: ["foo", "/a~2", "/a~"])
    func malformedPointersAreRefused(text: String) {
        #expect(JSONPointer(text) == nil)
    }

    /// Tokens of any characters are escaped as RFC 6901 says, the rest of them as they are;
    /// an empty token is an empty step.
    @Test func escapesOnlyTildeAndSlashInTokensOfAnyCharacters() {
        let pointer = JSONPointer(tokens: ["é/ü~", "日本", "", "a~1b", "🧶"])
        #expect(pointer.description == "/é~1ü~0/日本//a~01b/🧶")
        #expect(JSONPointer(pointer.description) == pointer)
        #expect(JSONPointer().description == "")
    }

    @Test func buildsAndEscapes() {
        let pointer = JSONPointer().appending("a/b").appending("m~n").appending(3)
        #expect(pointer.description == "/a~1b/m~0n/3")
        #expect(JSONPointer(pointer.description) == pointer)
        #expect(pointer.parent?.description == "/a~1b/m~0n")
    }
}
