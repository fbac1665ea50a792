import Credentials
import JSONCore
import TestSupport
import Testing

@Suite struct DIDDocumentTests {
    static let did = "did:web:id.example.com"
    /// RFC 8037 Appendix A.2's Ed25519 public key.
    static let ed25519: JSONValue = ["kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"]
    /// A P-256 public key (from the VC-JOSE-COSE test suite's `vm-p256.json`).
    static let p256: JSONValue = [
        "kty": "EC", "crv": "P-256", "x": "WfTi93YuhsQxKbD0ftnjOXJndqhnJ5kgDV-ZDGyrhBQ", "y": "qUd_55EjX0mjKZ6W6mF4UXVYTQ41K6jfdnYFwN5uPyk",
    ]
    static let suite = ReferenceFolder("w3c/vc-jose-cose-test-suite")

    /// A document of `did:web:id.example.com` with the RFC 8037 key as `key-1`.
    static func document() throws -> DIDDocument {
        var document = DIDDocument(did: try DIDWeb(did))
        try document.addAssertionKey(ed25519, keyID: "key-1")
        return document
    }

    @Test func aBuiltDocumentHasTheExpectedJSON() throws {
        let expected = """
            {
              "@context": [
                "https://www.w3.org/ns/did/v1",
                "https://w3id.org/security/jwk/v1"
              ],
              "id": "did:web:id.example.com",
              "verificationMethod": [
                {
                  "id": "did:web:id.example.com#key-1",
                  "type": "JsonWebKey",
                  "controller": "did:web:id.example.com",
                  "publicKeyJwk": {
                    "kty": "OKP",
                    "crv": "Ed25519",
                    "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
                  }
                }
              ],
              "assertionMethod": [
                "did:web:id.example.com#key-1"
              ]
            }

            """
        #expect(String(decoding: try Self.document().fileBytes, as: UTF8.self) == expected)
    }

    @Test func aDocumentRoundTrips() throws {
        var document = try Self.document()
        try document.addAssertionKey(Self.p256, keyID: "key-2")
        #expect(try DIDDocument(parsing: document.fileBytes) == document)
        #expect(try DIDDocument(json: document.json) == document)
        #expect(try DIDDocument(parsing: document.fileBytes).fileBytes == document.fileBytes)
    }

    @Test func mergingKeepsEveryKeyAlreadyThere() throws {
        let published = try DIDDocument(parsing: try Self.document().fileBytes)
        var rotated = DIDDocument(did: try DIDWeb(Self.did))
        try rotated.addAssertionKey(Self.p256, keyID: "key-2")
        var merged = published
        try merged.merge(rotated)
        #expect(merged.verificationMethods.map(\.id) == [Self.did + "#key-1", Self.did + "#key-2"])
        #expect(merged.assertionMethods == [Self.did + "#key-1", Self.did + "#key-2"])
        // A passport signed with the retired key still finds it.
        #expect(try merged.assertionKey(Self.did + "#key-1") == Self.ed25519)
        #expect(try merged.assertionKey(Self.did + "#key-2") == Self.p256)
        // Merging or adding again changes nothing.
        var again = merged
        try again.merge(rotated)
        try again.merge(published)
        try again.addAssertionKey(Self.ed25519, keyID: "key-1")
        #expect(again == merged)
    }

    @Test func aKeyIDNeverChangesItsKey() throws {
        var document = try Self.document()
        #expect(throws: DIDDocumentError.keyConflict(Self.did + "#key-1")) { try document.addAssertionKey(Self.p256, keyID: "key-1") }
        var other = DIDDocument(did: try DIDWeb(Self.did))
        try other.addAssertionKey(Self.p256, keyID: "key-1")
        #expect(throws: DIDDocumentError.keyConflict(Self.did + "#key-1")) { try document.merge(other) }
        #expect(DIDDocumentError.keyConflict("x").rule == .documentConflict)
        let stranger = DIDDocument(did: try DIDWeb("did:web:other.example.com"))
        #expect(throws: DIDDocumentError.differentDID(Self.did, "did:web:other.example.com")) { try document.merge(stranger) }
        #expect(try document == Self.document())
    }

    @Test func privateKeyMaterialNeverEntersADocument() throws {
        var document = DIDDocument(did: try DIDWeb(Self.did))
        let privateKey = Self.ed25519.replacing(JSONPointer(tokens: ["d"]), with: "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A")
        #expect(throws: DIDDocumentError.privateKeyMaterial(keyID: Self.did + "#key-1", members: ["d"])) {
            try document.addAssertionKey(privateKey, keyID: "key-1")
        }
        #expect(DIDDocumentError.privateKeyMaterial(keyID: "", members: []).rule == .privateKey)
        let secret: JSONValue = ["kty": "oct", "k": "c2VjcmV0"]
        #expect(throws: DIDDocumentError.privateKeyMaterial(keyID: Self.did + "#key-1", members: ["k"])) {
            try document.addAssertionKey(secret, keyID: "key-1")
        }
        #expect(document.verificationMethods.isEmpty)
    }

    /// The suite's verification method keeps its private key in `secretKeyJwk`: a document with
    /// it is refused; without it, its key is found by its DID URL.
    @Test(.requiring(suite, otherwise: "the VC-JOSE-COSE suite's verification method is not read into a DID document"))
    func theTestSuitesVerificationMethodIsReadWithoutItsSecretKey() throws {
        let method = try JSONParser().parse(try Self.suite.bytes("tests/input/vm-did-ed25519.json"))
        let document: JSONValue = ["id": "did:example:vc-jose-cose", "verificationMethod": [method], "assertionMethod": ["#key-4"]]
        #expect(throws: DIDDocumentError.privateKeyMaterial(keyID: "did:example:vc-jose-cose#key-4", members: ["secretKeyJwk"])) {
            try DIDDocument(json: document)
        }
        let publicOnly = document.replacing(
            JSONPointer(tokens: ["verificationMethod"]), with: [method.replacing(JSONPointer(tokens: ["secretKeyJwk"]), with: nil)])
        let read = try DIDDocument(json: publicOnly)
        #expect(try read.assertionKey("did:example:vc-jose-cose#key-4") == method["publicKeyJwk"])
    }

    /// A document written elsewhere, in the manner of VC-JOSE-COSE's example controller document:
    /// fragment ids, an older key type, other relationships and members, a context object.
    @Test func aDocumentWrittenElsewhereIsReadTolerantly() throws {
        let text = """
            {
              "@context": ["https://www.w3.org/ns/did/v1", {"@vocab": "https://vendor.example#"}],
              "id": "did:web:vendor.example",
              "alsoKnownAs": ["https://vendor.example"],
              "verificationMethod": [
                {"id": "#issuing", "type": "JsonWebKey", "controller": "did:web:vendor.example", "publicKeyJwk": \(JSONWriter().string(Self.p256))},
                {"id": "did:web:vendor.example#old", "type": "JsonWebKey2020", "controller": "did:web:vendor.example",
                 "publicKeyJwk": \(JSONWriter().string(Self.ed25519)), "expires": "2030-01-01"},
                {"id": "#login", "type": "JsonWebKey", "controller": "did:web:vendor.example", "publicKeyJwk": \(JSONWriter().string(Self.ed25519))},
                {"id": "#multikey", "type": "Multikey", "controller": "did:web:vendor.example", "publicKeyMultibase": "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"}
              ],
              "authentication": ["#login"],
              "assertionMethod": ["#issuing", "did:web:vendor.example#old", "#multikey",
                {"id": "#embedded", "type": "JsonWebKey", "controller": "did:web:vendor.example", "publicKeyJwk": \(JSONWriter().string(Self.ed25519))}],
              "service": [{"id": "#site", "type": "LinkedDomains", "serviceEndpoint": "https://vendor.example"}]
            }
            """
        let document = try DIDDocument(parsing: Array(text.utf8))
        #expect(document.id == "did:web:vendor.example")
        #expect(try document.assertionKey("did:web:vendor.example#issuing") == Self.p256)
        #expect(try document.assertionKey("#issuing") == Self.p256)
        #expect(try document.assertionKey("did:web:vendor.example#old") == Self.ed25519)
        #expect(try document.assertionKey("did:web:vendor.example#embedded") == Self.ed25519)
        #expect(document.verificationMethod("#old")?.otherMembers["expires"] == "2030-01-01")
        #expect(throws: DIDDocumentError.notAssertionMethod("did:web:vendor.example#login")) {
            try document.assertionKey("did:web:vendor.example#login")
        }
        #expect(throws: DIDDocumentError.notJsonWebKey("did:web:vendor.example#multikey", type: "Multikey")) {
            try document.assertionKey("did:web:vendor.example#multikey")
        }
        #expect(throws: DIDDocumentError.unknownKey("did:web:vendor.example#nope")) { try document.assertionKey("did:web:vendor.example#nope") }
        #expect(throws: DIDDocumentError.unknownKey("did:web:other.example#issuing")) { try document.assertionKey("did:web:other.example#issuing") }
        // Its other members survive a rewrite, after the members this type writes.
        let rewritten = document.json
        #expect(
            rewritten.objectValue?.keys == ["@context", "id", "verificationMethod", "assertionMethod", "alsoKnownAs", "authentication", "service"])
        #expect(rewritten["authentication"] == ["#login"])
        #expect(try DIDDocument(json: rewritten) == document)
    }

    @Test(arguments: [
        ("[]", DIDDocumentError.malformed("it is array, not an object")),
        ("{}", .malformed("id is missing or not an absolute URI")),
        (##"{"id": "example"}"##, .malformed("id is missing or not an absolute URI")),
        (##"{"id": "did:web:a.example", "@context": 1}"##, .malformed("@context is integer, not a string or an array")),
        (##"{"id": "did:web:a.example", "verificationMethod": {}}"##, .malformed("verificationMethod is object, not an array")),
        (##"{"id": "did:web:a.example", "verificationMethod": ["#k"]}"##, .malformed("a verification method is string, not an object")),
        (
            ##"{"id": "did:web:a.example", "verificationMethod": [{"type": "JsonWebKey"}]}"##,
            .malformed("a verification method has no id that is a DID URL")
        ),
        (
            ##"{"id": "did:web:a.example", "verificationMethod": [{"id": "#k", "controller": "did:web:a.example"}]}"##,
            .malformed("the verification method did:web:a.example#k has no type")
        ),
        (
            ##"{"id": "did:web:a.example", "verificationMethod": [{"id": "#k", "type": "JsonWebKey"}]}"##,
            .malformed("the verification method did:web:a.example#k has no controller")
        ),
        (
            ##"{"id": "did:web:a.example", "verificationMethod": [{"id": "#k", "type": "JsonWebKey", "controller": "did:web:a.example", "publicKeyJwk": "x"}]}"##,
            .malformed("the publicKeyJwk of did:web:a.example#k is not a JWK: an object of at most 100 string or string-array members")
        ),
        (
            ##"{"id": "did:web:a.example", "verificationMethod": [{"id": "#k", "type": "JsonWebKey", "controller": "did:web:a.example", "publicKeyJwk": {"kty": "OKP", "x": {"a": 1}}}]}"##,
            .malformed("the publicKeyJwk of did:web:a.example#k is not a JWK: an object of at most 100 string or string-array members")
        ),
        (
            ##"{"id": "did:web:a.example", "verificationMethod": [{"id": "#k", "type": "JsonWebKey", "controller": "did:web:a.example", "publicKeyJwk": {"crv": "Ed25519"}}]}"##,
            .malformed("the publicKeyJwk of did:web:a.example#k has no kty")
        ),
        (
            ##"{"id": "did:web:a.example", "verificationMethod": [{"id": "#k", "type": "JsonWebKey", "controller": "did:web:a.example", "publicKeyJwk": {"kty": "OKP", "d": "x"}}]}"##,
            .privateKeyMaterial(keyID: "did:web:a.example#k", members: ["d"])
        ),
        (
            ##"{"id": "did:web:a.example", "verificationMethod": [{"id": "#k", "type": "A", "controller": "did:web:a.example"}, {"id": "#k", "type": "B", "controller": "did:web:a.example"}]}"##,
            .keyConflict("did:web:a.example#k")
        ),
        (##"{"id": "did:web:a.example", "assertionMethod": [7]}"##, .malformed("a verification method is integer, not an object")),
        (##"{"id": "did:web:a.example", "assertionMethod": ["key-1"]}"##, .malformed("the assertionMethod key-1 is not a DID URL")),
        (##"{"id": "did:web:a.example", "id": "did:web:b.example"}"##, .malformed(#"it is not JSON (line 1, column 29: duplicate object key "id")"#)),
    ])
    func malformedDocumentsAreRefused(_ text: String, _ error: DIDDocumentError) {
        #expect(throws: error) { try DIDDocument(parsing: Array(text.utf8)) }
    }
}
