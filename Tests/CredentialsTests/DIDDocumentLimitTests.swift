import Credentials
import JSONCore
import Testing

/// Large and hostile DID documents are handled in linear time or refused before they are read.
@Suite struct DIDDocumentLimitTests {
    static let did = "did:web:id.example.com"

    /// An Ed25519 public JWK whose `x` is made from `number`.
    static func key(_ number: Int) -> JSONValue {
        let x = String(number).padding(toLength: 43, withPad: "A", startingAt: 0)
        return ["kty": "OKP", "crv": "Ed25519", "x": .string(x)]
    }

    /// A document of 100,000 keys, `key-0` to `key-99999`, built once for the tests that need it.
    static let hundredThousandKeys: DIDDocument = {
        var document = DIDDocument(did: try! DIDWeb(did))
        for number in 0..<100_000 { try! document.addAssertionKey(key(number), keyID: "key-\(number)") }
        return document
    }()

    @Test func aDocumentWithAHundredThousandKeysIsHandled() throws {
        let start = ContinuousClock.now
        var document = Self.hundredThousandKeys
        #expect(document.verificationMethods.count == 100_000)
        #expect(try document.assertionKey(Self.did + "#key-0") == Self.key(0))
        #expect(try document.assertionKey("#key-99999") == Self.key(99_999))
        #expect(throws: DIDDocumentError.unknownKey(Self.did + "#key-100000")) { try document.assertionKey(Self.did + "#key-100000") }
        // Merging a rotation into it, and merging it into itself, stay linear.
        var rotated = DIDDocument(did: try DIDWeb(Self.did))
        try rotated.addAssertionKey(Self.key(100_000), keyID: "key-100000")
        try document.merge(rotated)
        try document.merge(document)
        #expect(document.assertionMethods.count == 100_001)
        #expect(ContinuousClock.now - start < .seconds(60))
    }

    @Test func itsFileIsRefusedBeforeItIsParsed() throws {
        let file = Self.hundredThousandKeys.fileBytes
        #expect(file.count > DIDDocument.maximumBytes)
        let start = ContinuousClock.now
        #expect(throws: DIDDocumentError.tooLarge(bytes: file.count)) { try DIDDocument(parsing: file) }
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(DIDDocumentError.tooLarge(bytes: 1).rule == .documentTooLarge)
    }

    @Test func aHundredThousandAssertionReferencesWithinTheLimitAreRead() throws {
        let references = (0..<100_000).map { "\"#\($0)\"" }.joined(separator: ",")
        let text = #"{"id": "did:web:a.example", "assertionMethod": ["# + references + "]}"
        #expect(text.utf8.count <= DIDDocument.maximumBytes)
        let document = try DIDDocument(parsing: Array(text.utf8))
        #expect(document.assertionMethods.count == 100_000)
        #expect(document.isAssertionMethod("#99999"))
        #expect(throws: DIDDocumentError.unknownKey("#99999")) { try document.assertionKey("#99999") }
    }

    @Test func objectsWithTensOfThousandsOfMembersAreRefused() throws {
        let members = (0..<60_000).map { "\"m\($0)\": 0" }.joined(separator: ",")
        let document = #"{"id": "did:web:a.example", "# + members + "}"
        #expect(throws: DIDDocumentError.malformed("the document has 60001 members, more than the 1000 accepted")) {
            try DIDDocument(parsing: Array(document.utf8))
        }
        let method = ##"{"id": "did:web:a.example", "verificationMethod": [{"id": "#k", "## + members + "}]}"
        #expect(throws: DIDDocumentError.malformed("a verification method has 60001 members, more than the 1000 accepted")) {
            try DIDDocument(parsing: Array(method.utf8))
        }
        let jwk =
            ##"{"id": "did:web:a.example", "verificationMethod": [{"id": "#k", "type": "JsonWebKey", "controller": "did:web:a.example", "publicKeyJwk": {"kty": "OKP", "##
            + members + "}}]}"
        #expect(throws: DIDDocumentError.self) { try DIDDocument(parsing: Array(jwk.utf8)) }
    }

    @Test func deepNestingIsRefused() {
        let deep = #"{"id": "did:web:a.example", "service": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        #expect(throws: DIDDocumentError.self) { try DIDDocument(parsing: Array(deep.utf8)) }
    }
}
