import JSONCore
import Testing

/// RFC 8785 examples (sections 3.2.2 and 3.2.3) and ECMAScript number formatting.
@Suite struct JSONCanonicalTests {
    @Test func matchesTheRFCExample() throws {
        let input = #"""
            {"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
             "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
             "literals": [null, true, false]}
            """#
        let expected = #"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#
        let canonical = try JSONWriter.canonical(JSONParser().parse(input))
        #expect(String(decoding: canonical, as: UTF8.self) == expected)
    }

    @Test func sortsKeysByUTF16CodeUnits() throws {
        let input =
            #"{"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"}"#
        let canonical = try String(decoding: JSONWriter.canonical(JSONParser().parse(input)), as: UTF8.self)
        let keys = try #require(JSONParser().parse(canonical).objectValue).keys
        #expect(keys == ["\r", "1", "\u{80}", "\u{F6}", "\u{20AC}", "\u{1F600}", "\u{FB33}"])
    }

    @Test(arguments: [
        ("0", "0"), ("-0", "0"), ("1", "1"), ("-1.5", "-1.5"), ("1e21", "1e+21"), ("1e20", "100000000000000000000"),
        ("123e18", "123000000000000000000"), ("0.000001", "0.000001"), ("1e-7", "1e-7"), ("1.5e-7", "1.5e-7"),
        ("9007199254740993", "9007199254740992"), ("5e-324", "5e-324"), ("1.7976931348623157e308", "1.7976931348623157e+308"),
        ("0.1", "0.1"), ("100", "100"), ("12.34e5", "1234000"),
    ])
    func formatsNumbersAsECMAScript(literal: String, expected: String) throws {
        let canonical = try JSONWriter.canonical(JSONParser().parse(literal))
        #expect(String(decoding: canonical, as: UTF8.self) == expected)
    }

    @Test func numbersOutsideDoubleRangeHaveNoCanonicalForm() {
        #expect {
            try JSONWriter.canonical(JSONParser().parse(#"{"a":[1,1e400]}"#))
        } throws: { error in
            (error as? JSONCanonicalizationError)?.location.description == "/a/1"
        }
    }
}
