import Credentials
import JSONCore
import Testing

/// RFC 8037 Appendix A, reproduced byte for byte: the Ed25519 key as JWK, its thumbprint, and
/// the JWS of "Example of Ed25519 signing".
@Suite struct RFC8037Tests {
    /// A.1, without the line breaks the RFC adds for display.
    static let privateJWK =
        #"{"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#
    /// A.2.
    static let publicJWK = #"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#
    /// A.3: what the thumbprint hashes, the hash in hexadecimal, and the thumbprint.
    static let thumbprintInput = #"{"crv":"Ed25519","kty":"OKP","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#
    static let thumbprintDigest = "90facafea9b1556698540f70c0117a22ea37bd5cf3ed3c47093c1707282b4b89"
    static let thumbprint = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
    /// A.4: the payload and its JWS under the header {"alg":"EdDSA"}.
    static let payload = "Example of Ed25519 signing"
    static let jws =
        "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg"

    static func jwk(_ text: String) throws -> JWK {
        try JWK(json: JSONParser().parse(text))
    }

    @Test func theKeyReadsAndWritesAsA1AndA2() throws {
        let key = try PrivateKey(jwk: Self.jwk(Self.privateJWK))
        #expect(JSONWriter().string(try key.jwk().json) == Self.privateJWK)
        #expect(JSONWriter().string(key.publicKey.jwk().json) == Self.publicJWK)
        #expect(try PublicKey(jwk: Self.jwk(Self.publicJWK)) == key.publicKey)
    }

    @Test func theThumbprintIsA3() throws {
        let jwk = try Self.jwk(Self.publicJWK)
        #expect(String(decoding: jwk.thumbprintInput, as: UTF8.self) == Self.thumbprintInput)
        let digest = try DigestAlgorithm.sha256.hash(jwk.thumbprintInput)
        #expect(hex(digest) == Self.thumbprintDigest)
        #expect(try jwk.thumbprint() == Self.thumbprint)
        // The private JWK has the same thumbprint.
        #expect(try Self.jwk(Self.privateJWK).thumbprint() == Self.thumbprint)
    }

    @Test func theSignatureIsA4() throws {
        let key = try PrivateKey(jwk: Self.jwk(Self.privateJWK))
        let jws = try JWS.sign(payload: Array(Self.payload.utf8), header: JOSEHeader(algorithm: .edDSA), key: key)
        #expect(jws == Self.jws)
    }

    @Test func theA4SignatureVerifies() throws {
        let key = try PublicKey(jwk: Self.jwk(Self.publicJWK))
        let verified = try ParsedJWS(compact: Self.jws).verified(with: key, allowing: [.edDSA])
        #expect(verified.header == JOSEHeader(algorithm: .edDSA))
        #expect(verified.payload == Array(Self.payload.utf8))
    }
}
