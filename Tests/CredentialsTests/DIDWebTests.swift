import Credentials
import Testing

@Suite struct DIDWebTests {
    /// The examples of the did:web method specification ("Method-specific identifier", "Create
    /// (Register)"), and the bare domain with a port, resolved by its "Read (Resolve)" steps.
    @Test(arguments: [
        ("did:web:w3c-ccg.github.io", "https://w3c-ccg.github.io/.well-known/did.json", [".well-known", "did.json"]),
        ("did:web:w3c-ccg.github.io:user:alice", "https://w3c-ccg.github.io/user/alice/did.json", ["user", "alice", "did.json"]),
        ("did:web:example.com%3A3000", "https://example.com:3000/.well-known/did.json", [".well-known", "did.json"]),
        ("did:web:example.com%3A3000:user:alice", "https://example.com:3000/user/alice/did.json", ["user", "alice", "did.json"]),
    ])
    func theSpecificationsExamplesResolveToItsURLs(_ text: String, _ url: String, _ sitePath: [String]) throws {
        let did = try DIDWeb(text)
        #expect(did.description == text)
        #expect(did.documentURL == url)
        #expect(did.documentSitePath == sitePath)
    }

    @Test func thePartsOfADIDAreRead() throws {
        let did = try DIDWeb("did:web:example.com%3A3000:user:alice")
        #expect(did.host == "example.com")
        #expect(did.port == 3000)
        #expect(did.path == ["user", "alice"])
        let bare = try DIDWeb("did:web:id.example.com")
        #expect(bare.port == nil)
        #expect(bare.path.isEmpty)
        #expect(try DIDWeb("did:web:localhost%3a8443").documentURL == "https://localhost:8443/.well-known/did.json")
    }

    @Test func theDIDURLOfAKeyIsTheDIDAndAFragment() throws {
        let did = try DIDWeb("did:web:id.example.com:issuers:textiles")
        let key = try did.keyURL("key-1")
        #expect(key.description == "did:web:id.example.com:issuers:textiles#key-1")
        let read = try DIDKeyURL("did:web:id.example.com:issuers:textiles#key-1")
        #expect(read == key)
        #expect(read.did == did)
        #expect(read.keyID == "key-1")
        // A JWK thumbprint URI, as VC-JOSE-COSE recommends for key ids.
        let thumbprint = "urn:ietf:params:oauth:jwk-thumbprint:sha-256:NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
        #expect(try did.keyURL(thumbprint).keyID == thumbprint)
        #expect(try did.keyURL("key%201").keyID == "key%201")
    }

    @Test(arguments: [
        ("did:WEB:example.com", DIDWebError.notDIDWeb("did:WEB:example.com")),
        ("DID:web:example.com", .notDIDWeb("DID:web:example.com")),
        ("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", .notDIDWeb("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")),
        ("did:web", .notDIDWeb("did:web")),
        ("did:web:", .invalidDomain("")),
        ("did:web:example..com", .invalidDomain("example..com")),
        ("did:web:.example.com", .invalidDomain(".example.com")),
        ("did:web:-example.com", .invalidDomain("-example.com")),
        ("did:web:example-.com", .invalidDomain("example-.com")),
        ("did:web:exa_mple.com", .invalidDomain("exa_mple.com")),
        ("did:web:example.com/user", .invalidDomain("example.com/user")),
        ("did:web:example.com%2Fuser", .invalidDomain("example.com%2Fuser")),
        ("did:web:exämple.com", .invalidDomain("exämple.com")),
        ("did:web:" + String(repeating: "a", count: 64) + ".com", .invalidDomain(String(repeating: "a", count: 64) + ".com")),
        ("did:web:127.0.0.1", .ipAddress("127.0.0.1")),
        ("did:web:127.0.0.1%3A8080", .ipAddress("127.0.0.1")),
        ("did:web:example.com%3A", .invalidPort("")),
        ("did:web:example.com%3A0", .invalidPort("0")),
        ("did:web:example.com%3A08080", .invalidPort("08080")),
        ("did:web:example.com%3A65536", .invalidPort("65536")),
        ("did:web:example.com%3A80%3A81", .invalidPort("80%3A81")),
        ("did:web:example.com%3A99999999999999999999999", .invalidPort("99999999999999999999999")),
        ("did:web:example.com:", .invalidPathSegment("")),
        ("did:web:example.com::alice", .invalidPathSegment("")),
        ("did:web:example.com:..", .invalidPathSegment("..")),
        ("did:web:example.com:.", .invalidPathSegment(".")),
        ("did:web:example.com:a%2F..%2Fb", .invalidPathSegment("a%2F..%2Fb")),
        ("did:web:example.com:user:alice#key-1", .invalidPathSegment("alice#key-1")),
        ("did:web:example.com:user name", .invalidPathSegment("user name")),
    ])
    func malformedDIDsAreRefused(_ text: String, _ error: DIDWebError) {
        #expect(throws: error) { try DIDWeb(text) }
        #expect(error.rule == .syntax)
    }

    @Test func aVeryLongDIDIsRefusedBeforeItIsRead() {
        let text = "did:web:example.com:" + Array(repeating: "a", count: 100_000).joined(separator: ":")
        #expect(throws: DIDWebError.tooLong(text.utf8.count)) { try DIDWeb(text) }
        #expect(throws: DIDWebError.tooLong(text.utf8.count + 2)) { try DIDKeyURL(text + "#k") }
    }

    @Test(arguments: [
        ("did:web:example.com", DIDWebError.invalidKeyID("")),
        ("did:web:example.com#", .invalidKeyID("")),
        ("did:web:example.com#key 1", .invalidKeyID("key 1")),
        ("did:web:example.com#key#1", .invalidKeyID("key#1")),
        ("did:web:example.com#key%2", .invalidKeyID("key%2")),
        ("did:web:example.com#key%zz", .invalidKeyID("key%zz")),
        ("did:web:example.com#ключ", .invalidKeyID("ключ")),
        ("did:web:example..com#key-1", .invalidDomain("example..com")),
    ])
    func malformedKeyURLsAreRefused(_ text: String, _ error: DIDWebError) {
        #expect(throws: error) { try DIDKeyURL(text) }
    }
}
