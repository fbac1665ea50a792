import Credentials
import JSONCore
import Testing

@Suite struct StatusListEntryTests {
    static let listURL = "https://id.example.com/status/revocation"
    static let entry = BitstringStatusListEntry(statusPurpose: .revocation, statusListIndex: 94_567, statusListCredential: listURL)

    @Test func theEntryHasTheRecommendationsShape() throws {
        let expected = """
            {"id":"https://id.example.com/status/revocation#94567","type":"BitstringStatusListEntry",\
            "statusPurpose":"revocation","statusListIndex":"94567","statusListCredential":"https://id.example.com/status/revocation"}
            """
        #expect(JSONWriter().string(Self.entry.json) == expected)
        #expect(try BitstringStatusListEntry(json: Self.entry.json) == Self.entry)
    }

    /// The entries of the Recommendation's example 1 (a revocation and a suspension), beside an
    /// entry of another status mechanism, which is skipped.
    @Test func theEntriesOfACredentialAreRead() throws {
        let credential: JSONValue = [
            "type": ["VerifiableCredential"],
            "credentialStatus": [
                [
                    "id": "https://example.com/credentials/status/3#94567", "type": "BitstringStatusListEntry", "statusPurpose": "revocation",
                    "statusListIndex": "94567", "statusListCredential": "https://example.com/credentials/status/3",
                ],
                ["id": "https://example.com/status/1#5", "type": "StatusList2021Entry", "statusListIndex": "5"],
                [
                    "id": "https://example.com/credentials/status/4#23452", "type": "BitstringStatusListEntry", "statusPurpose": "suspension",
                    "statusListIndex": "23452", "statusListCredential": "https://example.com/credentials/status/4",
                ],
            ],
        ]
        let entries = try BitstringStatusListEntry.entries(inCredential: credential)
        #expect(entries.map(\.statusPurpose) == [.revocation, .suspension])
        #expect(entries.map(\.statusListIndex) == [94_567, 23_452])
        #expect(entries.map(\.statusListCredential) == ["https://example.com/credentials/status/3", "https://example.com/credentials/status/4"])
        #expect(try BitstringStatusListEntry.entries(inCredential: ["credentialStatus": Self.entry.json]) == [Self.entry])
        #expect(try BitstringStatusListEntry.entries(inCredential: ["type": "VerifiableCredential"]).isEmpty)
    }

    @Test func readingIsTolerant() throws {
        let json: JSONValue = [
            "type": ["BitstringStatusListEntry"], "statusPurpose": "suspension", "statusListIndex": 17, "statusSize": 1,
            "statusListCredential": "https://id.example.com/status/suspension", "statusReference": "https://id.example.com/status",
        ]
        let entry = try BitstringStatusListEntry(json: json)
        #expect(entry.id == nil)
        #expect(entry.statusPurpose == .suspension)
        #expect(entry.statusListIndex == 17)
        #expect(entry.json["statusListIndex"] == "17")
    }

    @Test(arguments: [
        (JSONPointer(tokens: ["type"]), JSONValue("StatusList2021Entry"), "its type is not BitstringStatusListEntry"),
        (JSONPointer(tokens: ["statusPurpose"]), "", "statusPurpose is missing or not a non-empty string"),
        (JSONPointer(tokens: ["statusListCredential"]), "status/revocation", "statusListCredential is missing or not a URL"),
        (JSONPointer(tokens: ["statusListCredential"]), nil, "statusListCredential is missing or not a URL"),
        (JSONPointer(tokens: ["statusListIndex"]), "-1", "statusListIndex \"-1\" is not a base-10 string of digits"),
        (JSONPointer(tokens: ["statusListIndex"]), "1.5", "statusListIndex \"1.5\" is not a base-10 string of digits"),
        (JSONPointer(tokens: ["statusListIndex"]), "", "statusListIndex \"\" is not a base-10 string of digits"),
        (JSONPointer(tokens: ["statusListIndex"]), " 7", "statusListIndex \" 7\" is not a base-10 string of digits"),
        (JSONPointer(tokens: ["statusListIndex"]), -1, "statusListIndex is missing or not a base-10 string of digits"),
        (JSONPointer(tokens: ["statusListIndex"]), 1.5, "statusListIndex is missing or not a base-10 string of digits"),
        (JSONPointer(tokens: ["statusListIndex"]), nil, "statusListIndex is missing or not a base-10 string of digits"),
        (JSONPointer(tokens: ["statusSize"]), 2, "statusSize 2 is not supported: each status is one bit"),
        (JSONPointer(tokens: ["id"]), 5, "id is not a string"),
        (JSONPointer(tokens: ["id"]), .string(listURL), "id is the status list's URL, which the Recommendation forbids"),
    ])
    func malformedEntriesAreRefused(_ member: JSONPointer, _ value: JSONValue, _ problem: String) {
        let json = Self.entry.json.replacing(member, with: value)
        #expect(throws: StatusListError.malformedEntry(problem)) { try BitstringStatusListEntry(json: json) }
        #expect(StatusListError.malformedEntry(problem).rule == .entry)
    }

    @Test(arguments: [JSONValue("99999999999999999999999"), "134217728", .number(JSONNumber(literal: "1e30")!)])
    func indexesNoListCanHoldAreOutOfRange(_ index: JSONValue) {
        let json = Self.entry.json.replacing(JSONPointer(tokens: ["statusListIndex"]), with: index)
        #expect(throws: StatusListError.self) { try BitstringStatusListEntry(json: json) }
        do {
            _ = try BitstringStatusListEntry(json: json)
        } catch {
            #expect(error.rule == .indexRange)
        }
    }

    @Test func anEntryThatIsNotAnObjectIsRefused() {
        #expect(throws: StatusListError.malformedEntry("it is array, not an object")) { try BitstringStatusListEntry(json: []) }
        #expect(throws: StatusListError.malformedEntry("it is string, not an object")) {
            try BitstringStatusListEntry.entries(inCredential: ["credentialStatus": ["x"]])
        }
    }
}
