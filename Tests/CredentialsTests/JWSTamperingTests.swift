import Credentials
import JSONCore
import Testing

/// A JWS changed after signing, or signed by someone else, or with a header that asks for less
/// checking, never verifies, and says why with its rule.
@Suite struct JWSTamperingTests {
    static let payload = Array(#"{"issuer":"did:web:passports.example.com","credentialSubject":{"id":"https://id.gs1.org/01/09521234000358"}}"#.utf8)
    static let header = #"{"alg":"EdDSA","kid":"did:web:passports.example.com#key-1","typ":"vc+jwt","cty":"vc"}"#

    /// The issuer's key and a JWS it signed.
    struct Signed {
        let key: PrivateKey
        let compact: String

        init(_ algorithm: SigningAlgorithm = .edDSA) throws {
            key = try PrivateKey.generate(on: algorithm.curve)
            let header = JOSEHeader(algorithm: algorithm, keyID: "did:web:passports.example.com#key-1", type: "vc+jwt", contentType: "vc")
            compact = try JWS.sign(payload: JWSTamperingTests.payload, header: header, key: key)
        }

        /// The three parts, decoded.
        var parts: [[UInt8]] { compact.split(separator: ".", omittingEmptySubsequences: false).map { Base64URL.decode($0) ?? [] } }

        /// The JWS with its decoded part `index` changed by `change`, encoded again.
        func changing(part index: Int, _ change: (inout [UInt8]) -> Void) -> String {
            var parts = self.parts
            change(&parts[index])
            return parts.map(Base64URL.encode).joined(separator: ".")
        }

        func verify(_ compact: String, with key: PublicKey? = nil, allowing algorithms: Set<SigningAlgorithm> = Set(SigningAlgorithm.allCases))
            throws -> VerifiedJWS
        {
            try ParsedJWS(compact: compact).verified(with: key ?? self.key.publicKey, allowing: algorithms)
        }
    }

    @Test(arguments: SigningAlgorithm.allCases)
    func theUntouchedJWSVerifies(_ algorithm: SigningAlgorithm) throws {
        let signed = try Signed(algorithm)
        #expect(try signed.verify(signed.compact).payload == Self.payload)
    }

    @Test(arguments: SigningAlgorithm.allCases, [0, 1, 2])
    func oneByteChangedAnywhereFailsTheSignature(_ algorithm: SigningAlgorithm, part: Int) throws {
        let signed = try Signed(algorithm)
        // A letter of the kid, of the issuer, or a bit of r (or of R for Ed25519).
        let offset = [signed.parts[0].firstRange(of: Array("example".utf8))?.lowerBound ?? 0, 20, 5][part]
        let tampered = signed.changing(part: part) { $0[offset] ^= 0x01 }
        let error = expectError(.jwsSignature) { try signed.verify(tampered) }
        #expect(error?.message.contains(algorithm.rawValue) == true)
    }

    @Test func everyCharacterReplacedFailsWithoutACrash() throws {
        let signed = try Signed()
        let characters = Array(signed.compact)
        for index in characters.indices {
            var changed = characters
            changed[index] = characters[index] == "A" ? "B" : "A"
            #expect(throws: CredentialError.self, "character \(index)") { try signed.verify(String(changed)) }
        }
    }

    @Test func aTruncatedOrExtendedSignatureFails() throws {
        let signed = try Signed(.es256)
        expectError(.jwsSignature) { try signed.verify(signed.changing(part: 2) { $0.removeLast() }) }
        expectError(.jwsSignature) { try signed.verify(signed.changing(part: 2) { $0.append(0) }) }
        expectError(.jwsSignature) { try signed.verify(signed.changing(part: 2) { $0 = [] }) }
        // A DER signature where JOSE wants r || s.
        let der = [0x30, 6, 0x02, 1, 1, 0x02, 1, 1] + [UInt8](repeating: 0, count: 56)
        expectError(.jwsSignature) { try signed.verify(signed.changing(part: 2) { $0 = der }) }
    }

    @Test func anotherKeyDoesNotVerify() throws {
        let signed = try Signed()
        expectError(.jwsSignature) { try signed.verify(signed.compact, with: PrivateKey.generate().publicKey) }
    }

    @Test func aPayloadResignedWithAnotherKeyDoesNotVerify() throws {
        let signed = try Signed()
        let forger = try PrivateKey.generate()
        let forged = try JWSTests.compact(header: Self.header, payload: Self.payload + [0x20], key: forger, algorithm: .edDSA)
        expectError(.jwsSignature) { try signed.verify(forged) }
    }

    @Test(arguments: [#"{"alg":"none"}"#, #"{"alg":"None"}"#, #"{"alg":"NONE","kid":"k"}"#])
    func algNoneIsRefused(_ header: String) throws {
        let signed = try Signed()
        for signature in ["", "AAAA"] {
            let compact = Base64URL.encode(Array(header.utf8)) + "." + Base64URL.encode(Self.payload) + "." + signature
            let error = expectError(.jwsAlgorithmNotAllowed) { try signed.verify(compact) }
            #expect(error?.message.contains("unsecured") == true)
        }
    }

    @Test(arguments: ["HS256", "HS384", "HS512"])
    func hmacIsRefused(_ algorithm: String) throws {
        let signed = try Signed()
        // An HMAC "signed" with the public key as the secret: the classic key-confusion attack.
        let header = #"{"alg":"\#(algorithm)","typ":"vc+jwt"}"#
        let compact =
            Base64URL.encode(Array(header.utf8)) + "." + Base64URL.encode(Self.payload) + "."
            + Base64URL.encode(signed.key.publicKey.jwk().x)
        let error = expectError(.jwsAlgorithmNotAllowed) { try signed.verify(compact) }
        #expect(error?.message.contains("HMAC") == true)
    }

    @Test(arguments: ["RS256", "PS256", "ES256K", "EdDSA448", "", "ES256 "])
    func otherAlgorithmsAreRefused(_ algorithm: String) throws {
        let signed = try Signed()
        let header = #"{"alg":"\#(algorithm)"}"#
        let compact = Base64URL.encode(Array(header.utf8)) + "." + Base64URL.encode(Self.payload) + ".AAAA"
        expectError(.jwsAlgorithmNotAllowed) { try signed.verify(compact) }
    }

    @Test func anAlgorithmOutsideTheAllowedSetIsRefused() throws {
        let signed = try Signed(.es256)
        let error = expectError(.jwsAlgorithmNotAllowed) { try signed.verify(signed.compact, allowing: [.edDSA, .ed25519]) }
        #expect(error?.message == "alg ES256 is not allowed here; allowed: EdDSA, Ed25519")
        expectError(.jwsAlgorithmNotAllowed) { try signed.verify(signed.compact, allowing: []) }
    }

    @Test func anUnknownCriticalExtensionIsRefused() throws {
        let signed = try Signed()
        let header = #"{"alg":"EdDSA","crit":["urn:example:must-understand"],"urn:example:must-understand":true}"#
        let compact = try JWSTests.compact(header: header, payload: Self.payload, key: signed.key, algorithm: .edDSA)
        let error = expectError(.jwsCritical) { try signed.verify(compact) }
        #expect(error?.message.contains("urn:example:must-understand") == true)
    }

    @Test(arguments: [
        #"{"alg":"EdDSA","crit":[]}"#, #"{"alg":"EdDSA","crit":"b64","b64":false}"#, #"{"alg":"EdDSA","crit":[1]}"#,
        #"{"alg":"EdDSA","crit":["alg"]}"#, #"{"alg":"EdDSA","crit":["kid"],"kid":"k"}"#, #"{"alg":"EdDSA","crit":["x-absent"]}"#,
        #"{"alg":"EdDSA","crit":["x","x"],"x":1}"#, #"{"alg":"EdDSA","crit":["b64"],"b64":false}"#,
    ])
    func aMalformedOrUnknownCriticalListIsRefused(_ header: String) throws {
        let signed = try Signed()
        let compact = try JWSTests.compact(header: header, payload: Self.payload, key: signed.key, algorithm: .edDSA)
        expectError(.jwsCritical) { try signed.verify(compact) }
    }

    @Test func aKeyOfTheWrongTypeForTheAlgIsRefused() throws {
        let ecdsa = try Signed(.es256)
        expectError(.jwsKeyMismatch) { try ecdsa.verify(ecdsa.compact, with: PrivateKey.generate().publicKey) }
        expectError(.jwsKeyMismatch) { try ecdsa.verify(ecdsa.compact, with: PrivateKey.generate(on: .p384).publicKey) }
        let eddsa = try Signed()
        expectError(.jwsKeyMismatch) { try eddsa.verify(eddsa.compact, with: PrivateKey.generate(on: .p256).publicKey) }
        // The alg changed to one of another curve, the signature kept.
        let switched = eddsa.changing(part: 0) { header in header = Array(#"{"alg":"ES256"}"#.utf8) }
        expectError(.jwsKeyMismatch) { try eddsa.verify(switched) }
    }
}
