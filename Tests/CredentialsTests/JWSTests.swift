import Credentials
import JSONCore
import Testing

@Suite struct JWSTests {
    static let payload = Array(#"{"@context":["https://www.w3.org/ns/credentials/v2"],"issuer":"did:web:example.com","name":"Кашемир"}"#.utf8)

    @Test(arguments: SigningAlgorithm.allCases)
    func whatIsSignedVerifies(_ algorithm: SigningAlgorithm) throws {
        let key = try PrivateKey.generate(on: algorithm.curve)
        let header = JOSEHeader(algorithm: algorithm, keyID: "did:web:example.com#key-1", type: "vc+jwt", contentType: "vc")
        let compact = try JWS.sign(payload: Self.payload, header: header, key: key)
        let parsed = try ParsedJWS(compact: compact)
        #expect(parsed.header == header)
        #expect(parsed.payload == Self.payload)
        #expect(parsed.signature.count == (algorithm.curve == .ed25519 ? 64 : 2 * algorithm.curve.coordinateSize))
        let verified = try parsed.verified(with: key.publicKey, allowing: [algorithm])
        #expect(verified.header == header)
        #expect(verified.payload == Self.payload)
        #expect(try verified.payloadJSON()["issuer"] == "did:web:example.com")
    }

    @Test func ed25519SignaturesAreDeterministic() throws {
        let key = try PrivateKey.generate()
        let header = JOSEHeader(algorithm: .edDSA, keyID: "key-1", type: "vc+jwt", contentType: "vc")
        let first = try JWS.sign(payload: Self.payload, header: header, key: key)
        #expect(try JWS.sign(payload: Self.payload, header: header, key: key) == first)
        let reread = try PrivateKey(pem: key.pem())
        #expect(try JWS.sign(payload: Self.payload, header: header, key: reread) == first)
    }

    @Test func ecdsaSignaturesDifferButBothVerify() throws {
        let key = try PrivateKey.generate(on: .p256)
        let header = JOSEHeader(algorithm: .es256)
        let first = try JWS.sign(payload: Self.payload, header: header, key: key)
        let second = try JWS.sign(payload: Self.payload, header: header, key: key)
        #expect(first != second)
        for compact in [first, second] { _ = try ParsedJWS(compact: compact).verified(with: key.publicKey, allowing: [.es256]) }
    }

    @Test func theHeaderIsWrittenInAFixedOrder() throws {
        var header = JOSEHeader(algorithm: .edDSA, otherMembers: ["b64": true, "alg": "none", "x-extension": ["nested": 1]])
        header.contentType = "vc"
        header.type = "vc+jwt"
        header.keyID = "did:web:example.com#key-1"
        header.critical = ["x-extension"]
        let text =
            #"{"alg":"EdDSA","kid":"did:web:example.com#key-1","typ":"vc+jwt","cty":"vc","crit":["x-extension"],"b64":true,"x-extension":{"nested":1}}"#
        #expect(JSONWriter().string(header.json) == text)
        let compact = try JWS.sign(payload: Self.payload, header: header, key: PrivateKey.generate())
        #expect(compact.split(separator: ".").first.map(String.init) == Base64URL.encode(Array(text.utf8)))
    }

    @Test func unknownHeaderMembersAreKeptInTheirOrder() throws {
        let key = try PrivateKey.generate()
        let header = #"{"zeta":1,"alg":"EdDSA","jwk":{"kty":"OKP"},"alpha":[true]}"#
        let compact = try Self.compact(header: header, payload: Self.payload, key: key, algorithm: .edDSA)
        let parsed = try ParsedJWS(compact: compact)
        #expect(parsed.header.otherMembers.keys == ["zeta", "jwk", "alpha"])
        #expect(JSONWriter().string(parsed.header.json) == #"{"alg":"EdDSA","zeta":1,"jwk":{"kty":"OKP"},"alpha":[true]}"#)
        _ = try parsed.verified(with: key.publicKey, allowing: [.edDSA])
    }

    @Test func anUnderstoodCriticalExtensionIsAccepted() throws {
        let key = try PrivateKey.generate()
        let header = JOSEHeader(algorithm: .edDSA, critical: ["urn:example:policy"], otherMembers: ["urn:example:policy": "strict"])
        let parsed = try ParsedJWS(compact: JWS.sign(payload: Self.payload, header: header, key: key))
        _ = try parsed.verified(with: key.publicKey, allowing: [.edDSA], understanding: ["urn:example:policy"])
        expectError(.jwsCritical) { try parsed.verified(with: key.publicKey, allowing: [.edDSA]) }
    }

    @Test func eitherNameOfEd25519CanBeRequired() throws {
        let key = try PrivateKey.generate()
        let fullySpecified = try ParsedJWS(compact: JWS.sign(payload: Self.payload, header: JOSEHeader(algorithm: .ed25519), key: key))
        #expect(fullySpecified.header.json["alg"] == "Ed25519")
        _ = try fullySpecified.verified(with: key.publicKey, allowing: [.ed25519])
        _ = try fullySpecified.verified(with: key.publicKey, allowing: [.edDSA, .ed25519])
        expectError(.jwsAlgorithmNotAllowed) { try fullySpecified.verified(with: key.publicKey, allowing: [.edDSA]) }
    }

    @Test func anEmptyPayloadIsSignedAndVerified() throws {
        let key = try PrivateKey.generate(on: .p384)
        let compact = try JWS.sign(payload: [], header: JOSEHeader(algorithm: .es384), key: key)
        #expect(compact.split(separator: ".", omittingEmptySubsequences: false).map(\.count)[1] == 0)
        #expect(try ParsedJWS(compact: compact).verified(with: key.publicKey, allowing: [.es384]).payload == [])
    }

    @Test func aKeyOfAnotherCurveSignsNothing() throws {
        expectError(.jwsKeyMismatch) { try JWS.sign(payload: Self.payload, header: JOSEHeader(algorithm: .es256), key: PrivateKey.generate()) }
    }

    @Test func aMalformedCriticalListIsNotSigned() throws {
        let header = JOSEHeader(algorithm: .edDSA, critical: ["x-absent"])
        expectError(.jwsCritical) { try JWS.sign(payload: Self.payload, header: header, key: PrivateKey.generate()) }
    }

    @Test func oneKeyServesManyThreadsAtOnce() async throws {
        let key = try PrivateKey.generate()
        let header = JOSEHeader(algorithm: .edDSA)
        let expected = try JWS.sign(payload: Self.payload, header: header, key: key)
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    for _ in 0..<50 {
                        let compact = try JWS.sign(payload: Self.payload, header: header, key: key)
                        guard compact == expected else { return false }
                        _ = try ParsedJWS(compact: compact).verified(with: key.publicKey, allowing: [.edDSA])
                    }
                    return true
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results == [Bool](repeating: true, count: 16))
    }

    /// A compact JWS of `header` (JSON text, written as is) and `payload`, signed by `key` with
    /// `algorithm`: what an attacker holding a key, or a careless issuer, could write.
    static func compact(header: String, payload: [UInt8], key: PrivateKey, algorithm: SigningAlgorithm) throws -> String {
        let signingInput = Base64URL.encode(Array(header.utf8)) + "." + Base64URL.encode(payload)
        return signingInput + "." + Base64URL.encode(try key.sign(Array(signingInput.utf8), with: algorithm))
    }
}
