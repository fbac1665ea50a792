import JSONCore
import Testing

@Suite struct JSONWriterTests {
    let value: JSONValue = ["name": "Cashmere / yak", "share": 0.7, "tags": ["a", 1, nil], "empty": [:], "none": []]

    @Test func compactHasNoWhitespace() {
        #expect(JSONWriter().string(value) == #"{"name":"Cashmere / yak","share":0.7,"tags":["a",1,null],"empty":{},"none":[]}"#)
    }

    @Test func prettyIndentsByTwoAndEndsWithANewline() {
        let expected = """
            {
              "name": "Cashmere / yak",
              "share": 0.7,
              "tags": [
                "a",
                1,
                null
              ],
              "empty": {},
              "none": []
            }

            """
        #expect(JSONWriter(pretty: true).string(value) == expected)
    }

    @Test func sortKeysOrdersByCodePoint() {
        let object: JSONValue = ["b": 1, "é": 2, "a": 3, "B": 4]
        #expect(JSONWriter(sortKeys: true).string(object) == #"{"B":4,"a":3,"b":1,"é":2}"#)
    }

    @Test func escapesOnlyWhatMustBeEscaped() {
        let text: JSONValue = .string("q\"b\\s/\u{8}\u{C}\n\r\t\u{1}\u{1F}é😀")
        #expect(JSONWriter().string(text) == #""q\"b\\s/\b\f\n\r\t\u0001\u001fé😀""#)
    }

    @Test func roundTripsThroughTheParser() throws {
        let text = #"{"a":[1e400,123456789012345678901234567890,-0.001,"\u0000é"],"b":{"c":null}}"#
        let parsed = try JSONParser().parse(text)
        #expect(try JSONParser().parse(JSONWriter().bytes(parsed)) == parsed)
        #expect(try JSONParser().parse(JSONWriter(pretty: true).bytes(parsed)) == parsed)
    }

    @Test func writesTheSameBytesEveryTime() {
        #expect(JSONWriter(pretty: true).bytes(value) == JSONWriter(pretty: true).bytes(value))
    }
}
