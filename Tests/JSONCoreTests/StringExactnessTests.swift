import Testing

@testable import JSONCore

/// Object keys are matched by their bytes: canonically equivalent spellings are different keys.
struct StringExactnessTests {
    @Test func sameBytesOnly() {
        #expect("name".isExactly("name"))
        #expect(!"name".isExactly("code"))
        #expect(!"name".isExactly("names"))
        #expect("".isExactly(""))
        // "é" precomposed and decomposed: equal for `==`, not the same bytes.
        #expect("caf\u{E9}" == "cafe\u{301}")
        #expect(!"caf\u{E9}".isExactly("cafe\u{301}"))
        #expect(!"e\u{301}x".isExactly("\u{E9}xx"))
        #expect("cafe\u{301}".isExactly("cafe\u{301}"))
        let long = String(repeating: "credentialSubject", count: 4)
        #expect(long.isExactly(String(repeating: "credentialSubject", count: 4)))
        #expect(!long.isExactly(String(long.dropLast()) + "u"))
    }

    @Test func objectLookUpIsByBytes() {
        let object = JSONObject([("caf\u{E9}", .string("precomposed")), ("cafe\u{301}", .string("decomposed"))])
        #expect(object["caf\u{E9}"] == .string("precomposed"))
        #expect(object["cafe\u{301}"] == .string("decomposed"))
        #expect(object.members.count == 2)
    }
}
