import Credentials
import JSONCore
import TestSupport
import Testing

@Suite struct PrivateKeyTests {
    @Test(arguments: Curve.allCases)
    func aGeneratedKeySignsWhatItsPublicKeyVerifies(_ curve: Curve) throws {
        let key = try PrivateKey.generate(on: curve)
        let message = Array("a passport".utf8)
        let signature = try key.sign(message, with: curve.defaultAlgorithm)
        #expect(signature.count == (curve == .ed25519 ? 64 : 2 * curve.coordinateSize))
        #expect(try key.publicKey.verifies(signature, of: message, with: curve.defaultAlgorithm))
        #expect(try !key.publicKey.verifies(signature, of: message + [0], with: curve.defaultAlgorithm))
        #expect(try !PrivateKey.generate(on: curve).publicKey.verifies(signature, of: message, with: curve.defaultAlgorithm))
    }

    @Test(arguments: Curve.allCases)
    func pkcs8PEMRoundTrips(_ curve: Curve) throws {
        let key = try PrivateKey.generate(on: curve)
        let pem = try key.pem()
        #expect(pem.hasPrefix("-----BEGIN PRIVATE KEY-----\n"))
        #expect(pem.hasSuffix("-----END PRIVATE KEY-----\n"))
        let read = try PrivateKey(pem: pem)
        #expect(read.publicKey == key.publicKey)
        #expect(try read.jwk() == key.jwk())
    }

    @Test(arguments: Curve.allCases)
    func privateJWKRoundTrips(_ curve: Curve) throws {
        let key = try PrivateKey.generate(on: curve)
        let jwk = try key.jwk(algorithm: curve.defaultAlgorithm, keyID: "key-1")
        #expect(jwk.d?.count == curve.coordinateSize)
        #expect(jwk.x.count == curve.coordinateSize)
        #expect(jwk.y?.count == (curve == .ed25519 ? nil : curve.coordinateSize))
        let parsed = try JWK(json: JSONParser().parse(JSONWriter().string(jwk.json)))
        #expect(parsed == jwk)
        #expect(try PrivateKey(jwk: parsed).publicKey == key.publicKey)
        #expect(try PublicKey(jwk: parsed.publicJWK) == key.publicKey)
    }

    @Test func theDefaultIsEd25519() throws {
        #expect(SigningAlgorithm.default == .edDSA)
        #expect(try PrivateKey.generate().curve == .ed25519)
    }

    @Test func descriptionsNeverShowThePrivateKey() throws {
        let key = try PrivateKey.generate(on: .p256)
        let d = try #require(try key.jwk().d)
        for text in [String(describing: key), String(describing: try key.jwk()), String(reflecting: key)] {
            #expect(!text.contains(Base64URL.encode(d)))
        }
        #expect(String(describing: try key.jwk(keyID: "k")) == "JWK(EC P-256, private, kid k)")
    }

    /// A valid P-256 public key, for the cases below.
    static let p256 = (
        x: "WfTi93YuhsQxKbD0ftnjOXJndqhnJ5kgDV-ZDGyrhBQ", y: "qUd_55EjX0mjKZ6W6mF4UXVYTQ41K6jfdnYFwN5uPyk",
        d: "J_a5KH6A2Ru7iOAzvUkQEjKCJQCdxUXVajaW3CaPORs"
    )
    static let ed25519X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"

    @Test(arguments: [
        ("[]", CredentialRule.jwkInvalid),
        (#"{"crv":"Ed25519","x":"\#(ed25519X)"}"#, .jwkInvalid),
        (#"{"kty":"OKP","crv":"Ed25519"}"#, .jwkInvalid),
        (#"{"kty":"OKP","crv":"Ed25519","x":5}"#, .jwkInvalid),
        (#"{"kty":"OKP","crv":"Ed25519","x":"\#(ed25519X.dropLast(2))"}"#, .jwkInvalid),
        (#"{"kty":"OKP","crv":"Ed25519","x":"\#(ed25519X)="}"#, .jwkInvalid),
        (#"{"kty":"OKP","crv":"Ed25519","x":"\#(ed25519X.replacingOccurrences(of: "_", with: "/"))"}"#, .jwkInvalid),
        (#"{"kty":"OKP","crv":"Ed25519","x":"\#(ed25519X)","y":"\#(ed25519X)"}"#, .jwkInvalid),
        (#"{"kty":"EC","crv":"P-256","x":"\#(p256.x)"}"#, .jwkInvalid),
        (#"{"kty":"EC","crv":"P-256","x":"\#(p256.x)","y":"\#(p256.y)","d":"AAAA"}"#, .jwkInvalid),
        (#"{"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc","e":"AQAB"}"#, .keyUnsupported),
        (#"{"kty":"oct","k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"}"#, .keyUnsupported),
        (#"{"kty":"EC","crv":"secp256k1","x":"\#(p256.x)","y":"\#(p256.y)"}"#, .keyUnsupported),
        (#"{"kty":"OKP","crv":"X25519","x":"\#(ed25519X)"}"#, .keyUnsupported),
        (#"{"kty":"EC","crv":"Ed25519","x":"\#(ed25519X)"}"#, .keyUnsupported),
        (#"{"kty":"OKP","crv":"Ed25519","x":"\#(ed25519X)","use":"enc"}"#, .keyUnsupported),
        (#"{"kty":"OKP","crv":"Ed25519","x":"\#(ed25519X)","alg":"ES256"}"#, .keyUnsupported),
        (#"{"kty":"OKP","crv":"Ed25519","x":"\#(ed25519X)","alg":"HS256"}"#, .keyUnsupported),
    ])
    func unusableJWKsAreRefused(_ text: String, _ rule: CredentialRule) throws {
        let json = try JSONParser().parse(text)
        expectError(rule) { try JWK(json: json) }
    }

    @Test func otherMembersOfAJWKAreIgnored() throws {
        let text = #"{"kty":"OKP","crv":"Ed25519","x":"\#(Self.ed25519X)","use":"sig","key_ops":["verify"],"x5c":[]}"#
        #expect(try JWK(json: JSONParser().parse(text)) == JWK(curve: .ed25519, x: Base64URL.decode(Self.ed25519X) ?? []))
    }

    @Test func aPointOffTheCurveIsRefused() throws {
        var y = try #require(Base64URL.decode(Self.p256.y))
        y[31] ^= 1
        expectError(.jwkInvalid) { try PublicKey(jwk: JWK(curve: .p256, x: Base64URL.decode(Self.p256.x) ?? [], y: y)) }
    }

    @Test func aPrivateKeyThatDoesNotMatchItsPublicKeyIsRefused() throws {
        let other = try PrivateKey.generate(on: .p256).jwk()
        var jwk = JWK(curve: .p256, x: Base64URL.decode(Self.p256.x) ?? [], y: Base64URL.decode(Self.p256.y), d: Base64URL.decode(Self.p256.d))
        #expect(throws: Never.self) { try PrivateKey(jwk: jwk) }
        jwk.d = other.d
        expectError(.jwkInvalid) { try PrivateKey(jwk: jwk) }

        var ed25519 = try PrivateKey.generate(on: .ed25519).jwk()
        ed25519.x = Base64URL.decode(Self.ed25519X) ?? []
        expectError(.jwkInvalid) { try PrivateKey(jwk: ed25519) }
    }

    @Test func aPrivateKeyOutOfRangeIsRefused() throws {
        // d = 0 is no private key, though the lengths are right.
        let jwk = JWK(curve: .p256, x: Base64URL.decode(Self.p256.x) ?? [], y: Base64URL.decode(Self.p256.y), d: [UInt8](repeating: 0, count: 32))
        expectError(.jwkInvalid) { try PrivateKey(jwk: jwk) }
    }

    @Test func aPublicJWKIsNoPrivateKey() throws {
        expectError(.jwkInvalid) { try PrivateKey(jwk: PrivateKey.generate().publicKey.jwk()) }
    }

    @Test func keysOfOtherCurvesSignNothing() throws {
        let key = try PrivateKey.generate(on: .p256)
        expectError(.jwsKeyMismatch) { try key.sign([1], with: .edDSA) }
        expectError(.jwsKeyMismatch) { try key.sign([1], with: .es384) }
        #expect(try !key.publicKey.verifies(key.sign([1], with: .es256), of: [1], with: .es384))
    }

    @Test(arguments: ["", "hello", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"])
    func textThatIsNoPEMKeyIsRefused(_ text: String) {
        expectError(.keyUnreadable) { try PrivateKey(pem: text) }
    }

    @Test func anOversizedPEMIsRefused() {
        let error = expectError(.keyUnreadable) { try PrivateKey(pem: String(repeating: "A", count: 1 << 20)) }
        #expect(error?.message.contains("at most 65536") == true)
    }

    @Test(.requiring(tool: "openssl", debianPackage: "openssl"))
    func anEncryptedPEMIsRefusedWithoutAPrompt() throws {
        let result = try OutsideTool.run("openssl", ["genpkey", "-algorithm", "ed25519", "-aes-256-cbc", "-pass", "pass:secret"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("BEGIN ENCRYPTED PRIVATE KEY"))
        expectError(.keyUnreadable) { try PrivateKey(pem: result.stdout) }
    }

    @Test(
        .requiring(tool: "openssl", debianPackage: "openssl"),
        arguments: [["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024"], ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:secp256k1"]]
    )
    func pemKeysOfOtherTypesAreUnsupported(_ options: [String]) throws {
        let result = try OutsideTool.run("openssl", ["genpkey"] + options)
        #expect(result.status == 0, "\(result.stderr)")
        expectError(.keyUnsupported) { try PrivateKey(pem: result.stdout) }
    }

    @Test(.requiring(tool: "openssl", debianPackage: "openssl"))
    func opensslReadsOurPEM() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = try PrivateKey.generate(on: .p384)
        try key.write(toFile: folder.path("key.pem"))
        let result = try OutsideTool.run("openssl", ["pkey", "-in", folder.path("key.pem"), "-noout", "-text"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("NIST CURVE: P-384"))
    }
}
