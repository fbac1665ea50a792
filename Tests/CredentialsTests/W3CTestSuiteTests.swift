import Credentials
import Foundation
import JSONCore
import TestSupport
import Testing

/// The W3C VC-JOSE-COSE test suite (`../shared/reference/w3c/vc-jose-cose-test-suite/tests/`):
/// its keys import, and its JOSE cases get, at the JWS level, the verdicts `test-mapping.js` expects.
///
/// Some cases fail for reasons above the JWS (a wrong `typ`, `vc`/`vp` claims, a bad enveloped
/// credential, an unknown extension): their JWS verifies, and the credential verifier refuses them.
@Suite(.requiring(.w3c, otherwise: "the W3C VC-JOSE-COSE test suite's keys and JOSE cases are not checked"))
struct W3CTestSuiteTests {
    /// What the JWS layer makes of a verification case.
    enum Verdict: Sendable {
        /// The signature verifies with the case's key.
        case verifies
        /// The JWS is refused with this rule.
        case refused(CredentialRule)
        /// The signature verifies; the failure the suite expects is the credential verifier's, for this reason.
        case verifiesButVerifierRefuses(VerifierCheck)
    }

    /// The checks above the JWS that the suite's failing cases need.
    enum VerifierCheck: Sendable {
        /// `typ` must be `vc+jwt` (`vp+jwt`) and `cty` `vc` (`vp`).
        case mediaType
        /// The payload must not carry JWT `vc` or `vp` claims.
        case vcOrVPClaims
        /// Every credential enveloped in a presentation must verify.
        case envelopedCredential
    }

    /// One case of `test-mapping.js`, as this test expects it.
    struct Case: Sendable, CustomTestStringConvertible {
        let number: Int
        let input: String
        let key: String
        let expected: String
        let verdict: Verdict

        var testDescription: String { "\(number). \(input) with \(key)" }
    }

    /// The JOSE verification cases (6 to 16).
    static let verificationCases = [
        Case(number: 6, input: "credential-jose-minimal.txt", key: "vm-p256.json", expected: "success", verdict: .verifies),
        Case(number: 7, input: "presentation-jose-multiple.txt", key: "vm-p384.json", expected: "success", verdict: .verifies),
        // That `iss` matches `issuer` is the verifier's check.
        Case(number: 8, input: "credential-issuer-match-signed.txt", key: "vm-ed25519.json", expected: "success", verdict: .verifies),
        // Signed with the P-521 key, verified with the Ed25519 one: refused before the unknown extensions matter.
        Case(
            number: 9, input: "credential-jose-unknown-extensions.txt", key: "vm-ed25519.json", expected: "failure",
            verdict: .refused(.jwsKeyMismatch)),
        Case(number: 10, input: "credential-minimal.json", key: "vm-ed25519.json", expected: "failure", verdict: .refused(.jwsMalformed)),
        Case(number: 11, input: "presentation-single.json", key: "vm-ed25519.json", expected: "failure", verdict: .refused(.jwsMalformed)),
        Case(number: 12, input: "credential-jose-bad-signature.txt", key: "vm-ed25519.json", expected: "failure", verdict: .refused(.jwsSignature)),
        Case(
            number: 13, input: "credential-jose-bad-media-type.txt", key: "vm-ed25519.json", expected: "failure",
            verdict: .verifiesButVerifierRefuses(.mediaType)),
        Case(
            number: 14, input: "presentation-jose-bad-media-type.txt", key: "vm-ed25519.json", expected: "failure",
            verdict: .verifiesButVerifierRefuses(.mediaType)),
        Case(
            number: 15, input: "credential-jose-vc-vp-claims.txt", key: "vm-ed25519.json", expected: "failure",
            verdict: .verifiesButVerifierRefuses(.vcOrVPClaims)),
        Case(
            number: 16, input: "presentation-jose-bad-credential.txt", key: "vm-ed25519.json", expected: "failure",
            verdict: .verifiesButVerifierRefuses(.envelopedCredential)),
    ]

    /// The JOSE issuing cases that must succeed (1 to 4); case 5, refusing a credential with
    /// unknown extensions, is the issuer's policy, above the JWS.
    static let issuingCases = [
        Case(number: 1, input: "credential-minimal.json", key: "vm-p256.json", expected: "success", verdict: .verifies),
        Case(number: 2, input: "credential-full.json", key: "vm-p384.json", expected: "success", verdict: .verifies),
        Case(number: 3, input: "presentation-single.json", key: "vm-p256.json", expected: "success", verdict: .verifies),
        Case(number: 4, input: "presentation-multiple.json", key: "vm-p521.json", expected: "success", verdict: .verifies),
    ]

    static let inputs = "vc-jose-cose-test-suite/tests/input/"

    /// The verification method file `name`, parsed.
    static func verificationMethod(_ name: String) throws -> JSONValue {
        try JSONParser().parse(ReferenceFolder.w3c.bytes(inputs + name))
    }

    /// The entry of `test-mapping.js` numbered `number`: its input file, key file, function,
    /// feature and expected result, with the key named by its file.
    static func mapping(_ number: Int) throws -> [String: String] {
        let script = try ReferenceFolder.w3c.text("vc-jose-cose-test-suite/tests/test-mapping.js")
        var keyFiles: [String: String] = [:]
        for match in script.matches(of: /(\w+): '(vm-[\w-]+\.json)'/) { keyFiles[String(match.1)] = String(match.2) }
        let entry = try #require(script.firstMatch(of: try Regex("'\(number)\\. [^']*': \\{([^}]*)\\}")))
        let body = try #require(entry.output[1].substring)
        var fields: [String: String] = [:]
        for match in body.matches(of: /'(\w+)': (?:'([^']*)'|\w+\.(\w+))/) {
            fields[String(match.1)] = String(match.2 ?? match.3 ?? "")
        }
        fields["key_file"] = fields["key_file"].flatMap { keyFiles[$0] }
        return fields
    }

    @Test(arguments: ["vm-p256.json", "vm-p384.json", "vm-p521.json", "vm-ed25519.json", "vm-did-ed25519.json"])
    func theSuitesKeysImport(_ name: String) throws {
        let method = try Self.verificationMethod(name)
        let publicJWK = try JWK(json: try #require(method["publicKeyJwk"]))
        let privateJWK = try JWK(json: try #require(method["secretKeyJwk"]))
        let key = try PrivateKey(jwk: privateJWK)
        #expect(key.publicKey == (try PublicKey(jwk: publicJWK)))
        #expect(try key.jwk(algorithm: privateJWK.algorithm, keyID: privateJWK.keyID) == privateJWK)
        #expect(publicJWK.algorithm == key.curve.defaultAlgorithm)
        // The suite's key ids are the keys' RFC 7638 thumbprints.
        #expect(publicJWK.keyID == (try publicJWK.thumbprint()))
    }

    @Test(arguments: verificationCases)
    func theJOSEVerificationCasesGetTheirVerdicts(_ testCase: Case) throws {
        let mapping = try Self.mapping(testCase.number)
        #expect(mapping["input_file"] == testCase.input && mapping["key_file"] == testCase.key)
        #expect(mapping["fn"] == "verify" && mapping["expected_result"] == testCase.expected)
        #expect(["credential_jose", "presentation_jose"].contains(mapping["feature"] ?? ""))

        let text = try ReferenceFolder.w3c.text(Self.inputs + testCase.input)
        let key = try PublicKey(jwk: JWK(json: try #require(Self.verificationMethod(testCase.key)["publicKeyJwk"])))
        let verify = { try ParsedJWS(compact: text.trimmingCharacters(in: .newlines)).verified(with: key, allowing: Set(SigningAlgorithm.allCases)) }
        switch testCase.verdict {
        case .verifies:
            #expect(throws: Never.self) { try verify() }
        case .refused(let rule):
            expectError(rule) { try verify() }
        case .verifiesButVerifierRefuses(let check):
            let verified = try verify()
            switch check {
            case .mediaType: #expect(!["vc+jwt", "vp+jwt"].contains(verified.header.type ?? ""))
            case .vcOrVPClaims: #expect(try verified.payloadJSON()["vc"] != nil || verified.payloadJSON()["vp"] != nil)
            case .envelopedCredential: #expect(try verified.payloadJSON()["verifiableCredential"] != nil)
            }
        }
    }

    @Test(arguments: issuingCases)
    func theJOSEIssuingCasesSignWithTheSuitesKeys(_ testCase: Case) throws {
        let mapping = try Self.mapping(testCase.number)
        #expect(mapping["input_file"] == testCase.input && mapping["key_file"] == testCase.key)
        #expect(mapping["fn"] == "issue" && mapping["expected_result"] == testCase.expected)

        let method = try Self.verificationMethod(testCase.key)
        let key = try PrivateKey(jwk: JWK(json: try #require(method["secretKeyJwk"])))
        let payload = try ReferenceFolder.w3c.bytes(Self.inputs + testCase.input)
        let isPresentation = testCase.input.hasPrefix("presentation")
        let header = JOSEHeader(
            algorithm: key.curve.defaultAlgorithm, keyID: method["id"]?.stringValue, type: isPresentation ? "vp+jwt" : "vc+jwt",
            contentType: isPresentation ? "vp" : "vc")
        let compact = try JWS.sign(payload: payload, header: header, key: key)
        let publicKey = try PublicKey(jwk: JWK(json: try #require(method["publicKeyJwk"])))
        let verified = try ParsedJWS(compact: compact).verified(with: publicKey, allowing: [key.curve.defaultAlgorithm])
        #expect(try verified.payloadJSON() == JSONParser().parse(payload))
    }
}
