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

    /// A large object (built through its table of keys) keeps the first place of a key given
    /// twice with the later value, and tells canonically equivalent keys apart, as members set
    /// one by one do.
    @Test(arguments: [3, JSONObject.membersSearchedInPlace + 1, 500])
    func aLargeObjectIsBuiltAsMembersSetOneByOne(count: Int) {
        var members: [(String, JSONValue)] = []
        for index in 0..<count {
            members.append(("lot-\(index % (count / 2 + 1))", .number(JSONNumber(index))))
            if index % 7 == 0 { members.append((index % 2 == 0 ? "caf\u{E9}" : "cafe\u{301}", .number(JSONNumber(index)))) }
        }
        var oneByOne = JSONObject()
        for (key, value) in members { oneByOne[key] = value }
        let built = JSONObject(members)
        #expect(built.members.map { Array($0.key.utf8) } == oneByOne.members.map { Array($0.key.utf8) })
        #expect(built.members.map(\.value) == oneByOne.members.map(\.value))
        #expect(built.members.count < members.count, "duplicates were given")
    }
}
