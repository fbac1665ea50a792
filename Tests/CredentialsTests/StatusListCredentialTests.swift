import Credentials
import JSONCore
import TestSupport
import Testing

@Suite struct StatusListCredentialTests {
    static let listURL = "https://id.example.com/status/revocation"

    static func credential(setting indexes: [Int] = [0, 7, 8, 12_345, 131_071]) throws -> BitstringStatusListCredential {
        BitstringStatusListCredential(
            id: listURL, issuer: "did:web:id.example.com", validFrom: "2026-03-01T00:00:00Z", statusPurpose: .revocation,
            list: try BitstringStatusListTests.list(setting: indexes))
    }

    @Test func theCredentialHasTheRecommendationsShape() throws {
        let json = try Self.credential().json()
        let expected = """
            {"@context":["https://www.w3.org/ns/credentials/v2"],"id":"https://id.example.com/status/revocation",\
            "type":["VerifiableCredential","BitstringStatusListCredential"],"issuer":"did:web:id.example.com",\
            "validFrom":"2026-03-01T00:00:00Z","credentialSubject":{"id":"https://id.example.com/status/revocation#list",\
            "type":"BitstringStatusList","statusPurpose":"revocation","encodedList":"\(BitstringStatusListTests.knownEncodedList)"}}
            """
        #expect(JSONWriter().string(json) == expected)
    }

    @Test func theCredentialRoundTrips() throws {
        var credential = try Self.credential()
        credential.validUntil = "2027-03-01T00:00:00Z"
        #expect(try BitstringStatusListCredential(json: try credential.json()) == credential)
        credential.statusPurposes = [.revocation, .suspension]
        let json = try credential.json()
        #expect(json["credentialSubject"]?["statusPurpose"] == ["revocation", "suspension"])
        #expect(try BitstringStatusListCredential(json: json) == credential)
    }

    @Test func readingIsTolerant() throws {
        let json: JSONValue = [
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
            "type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "issuer": ["id": "did:example:12345", "name": "An issuer"],
            "credentialSubject": [
                ["type": "SomethingElse"],
                [
                    "type": "BitstringStatusList", "statusPurpose": ["suspension"], "encodedList": .string(BitstringStatusListTests.knownEncodedList),
                    "ttl": 500,
                ],
            ],
            "proof": ["type": "DataIntegrityProof"],
        ]
        let credential = try BitstringStatusListCredential(json: json)
        #expect(credential.id == nil)
        #expect(credential.issuer == "did:example:12345")
        #expect(credential.validFrom == nil)
        #expect(credential.statusPurposes == [.suspension])
        #expect(credential.list.setIndexes == [0, 7, 8, 12_345, 131_071])
    }

    @Test(arguments: [
        (JSONPointer(tokens: ["type"]), JSONValue("VerifiableCredential"), "its type does not include BitstringStatusListCredential"),
        (JSONPointer(tokens: ["issuer"]), 7, "issuer is missing, or neither a string nor an object with an id"),
        (JSONPointer(tokens: ["validFrom"]), 2026, "validFrom is integer, not a string"),
        (JSONPointer(tokens: ["id"]), .array([]), "id is array, not a string"),
        (JSONPointer(tokens: ["credentialSubject", "type"]), "StatusList2021", "no credentialSubject has the type BitstringStatusList"),
        (
            JSONPointer(tokens: ["credentialSubject", "statusPurpose"]), .array([]),
            "the subject's statusPurpose is missing, or not one or more non-empty strings"
        ),
        (JSONPointer(tokens: ["credentialSubject", "encodedList"]), nil, "the subject's encodedList is missing or not a string"),
    ])
    func malformedCredentialsAreRefused(_ member: JSONPointer, _ value: JSONValue, _ problem: String) throws {
        let json = try Self.credential().json().replacing(member, with: value)
        #expect(throws: StatusListError.malformedCredential(problem)) { try BitstringStatusListCredential(json: json) }
        #expect(StatusListError.malformedCredential(problem).rule == .credential)
    }

    @Test func aBadListInTheCredentialGivesTheListsError() throws {
        let json = try Self.credential().json().replacing(JSONPointer(tokens: ["credentialSubject", "encodedList"]), with: "zabc")
        #expect(throws: StatusListError.notMultibaseBase64URL) { try BitstringStatusListCredential(json: json) }
    }

    @Test func theStatusOfAnEntryIsItsBit() throws {
        let credential = try Self.credential()
        let revoked = BitstringStatusListEntry(statusPurpose: .revocation, statusListIndex: 12_345, statusListCredential: Self.listURL)
        let valid = BitstringStatusListEntry(statusPurpose: .revocation, statusListIndex: 12_346, statusListCredential: Self.listURL)
        #expect(try credential.status(of: revoked))
        #expect(try credential.status(of: valid) == false)
        let suspended = BitstringStatusListEntry(statusPurpose: .suspension, statusListIndex: 0, statusListCredential: Self.listURL)
        #expect(throws: StatusListError.purposeMismatch(entry: .suspension, list: [.revocation])) { try credential.status(of: suspended) }
        let beyond = BitstringStatusListEntry(statusPurpose: .revocation, statusListIndex: 200_000, statusListCredential: Self.listURL)
        #expect(throws: StatusListError.indexOutOfRange(index: "200000", length: 131_072)) { try credential.status(of: beyond) }
    }
}

extension JSONValue {
    /// This value with the member at `pointer` replaced by `value`, or removed when `value` is
    /// `null`; the member's parent must exist.
    func replacing(_ pointer: JSONPointer, with value: JSONValue) -> JSONValue {
        guard let first = pointer.tokens.first, case .object(var object) = self else { return value }
        let rest = JSONPointer(tokens: Array(pointer.tokens.dropFirst()))
        if rest.tokens.isEmpty {
            // Not a conditional expression: its `nil` would be JSON's null, not a removal.
            if value == .null { object[first] = Optional.none } else { object[first] = value }
        } else {
            object[first] = (object[first] ?? [:]).replacing(rest, with: value)
        }
        return .object(object)
    }
}
