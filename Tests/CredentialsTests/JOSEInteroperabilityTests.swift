import Credentials
import JSONCore
import TestSupport
import Testing

/// Two JOSE libraries TextilePassport did not write, joserfc and jwcrypto (PyPI), verify what it
/// signs and read the keys it writes; it verifies what they sign and reads the keys they write.
@Suite(.requiring(tool: "python3", debianPackage: "python3"))
struct JOSEInteroperabilityTests {
    /// A credential-like payload with non-ASCII text, so that bytes, not characters, are compared.
    static let payload =
        #"{"@context":["https://www.w3.org/ns/credentials/v2"],"issuer":"did:web:passports.example.com","credentialSubject":{"name":"Ямааны ноолуур","origin":"Өвөрхангай"}}"#

    @Test func peersVerifyWhatWeSign() throws {
        var cases: [JSONValue] = []
        for algorithm in SigningAlgorithm.allCases {
            let key = try PrivateKey.generate(on: algorithm.curve)
            let header = JOSEHeader(algorithm: algorithm, keyID: try key.publicKey.jwk().thumbprint(), type: "vc+jwt", contentType: "vc")
            let compact = try JWS.sign(payload: Array(Self.payload.utf8), header: header, key: key)
            cases.append(["jws": .string(compact), "jwk": key.publicKey.jwk().json, "alg": .string(algorithm.rawValue)])
        }
        let verdicts = try #require(try JOSEPeers.run("verify", .array(cases)).arrayValue)
        #expect(verdicts.count == SigningAlgorithm.allCases.count)
        for (algorithm, verdict) in zip(SigningAlgorithm.allCases, verdicts) {
            for library in JOSEPeers.libraries {
                #expect(verdict[library]?["payload"]?.stringValue == hex(Array(Self.payload.utf8)), "\(library), \(algorithm): \(verdict)")
            }
        }
    }

    @Test func peersRefuseWhatWeSignWhenTampered() throws {
        let key = try PrivateKey.generate()
        let compact = try JWS.sign(payload: Array(Self.payload.utf8), header: JOSEHeader(algorithm: .edDSA), key: key)
        let tampered = String(compact.dropLast()) + (compact.last == "A" ? "Q" : "A")
        let verdicts = try JOSEPeers.run("verify", [["jws": .string(tampered), "jwk": key.publicKey.jwk().json, "alg": "EdDSA"]])
        for library in JOSEPeers.libraries { #expect(verdicts[0]?[library]?["error"] != nil, "\(library) accepted a tampered JWS") }
    }

    @Test func weVerifyWhatPeersSign() throws {
        let request: JSONValue = ["payload": .string(Self.payload), "algorithms": .array(SigningAlgorithm.allCases.map { .string($0.rawValue) })]
        let signed = try #require(try JOSEPeers.run("sign", request).arrayValue)
        #expect(signed.count == JOSEPeers.libraries.count * SigningAlgorithm.allCases.count)
        for item in signed {
            let library = item["library"]?.stringValue ?? "", alg = item["alg"]?.stringValue ?? ""
            let algorithm = try #require(SigningAlgorithm(rawValue: alg))
            let jwk = try JWK(json: try #require(item["jwk"]))
            let parsed = try ParsedJWS(compact: try #require(item["jws"]?.stringValue))
            let verified = try parsed.verified(with: PublicKey(jwk: jwk), allowing: [algorithm])
            #expect(verified.payload == Array(Self.payload.utf8), "\(library), \(alg)")
            // Their kid is their RFC 7638 thumbprint of the key: ours must agree.
            #expect(parsed.header.keyID == (try jwk.thumbprint()), "\(library), \(alg)")
            // And their key, read from their PKCS#8 PEM, is the same key.
            let pemKey = try PrivateKey(pem: try #require(item["pem"]?.stringValue))
            #expect(pemKey.publicKey == (try PublicKey(jwk: jwk)), "\(library), \(alg)")
            // Which signs what they verify, as the first test shows for our own keys.
            _ = try ParsedJWS(compact: JWS.sign(payload: [1, 2, 3], header: JOSEHeader(algorithm: algorithm), key: pemKey))
                .verified(with: PublicKey(jwk: jwk), allowing: [algorithm])
        }
    }

    @Test func peersReadOurPEM() throws {
        let keys = try Curve.allCases.map { try PrivateKey.generate(on: $0) }
        let request = JSONValue.array(try keys.map { ["pem": .string(try $0.pem()), "kty": .string($0.curve.jwkKeyType)] })
        let readings = try #require(try JOSEPeers.run("pem-public", request).arrayValue)
        #expect(readings.count == keys.count)
        for (key, reading) in zip(keys, readings) {
            for library in JOSEPeers.libraries {
                #expect(reading[library] == key.publicKey.jwk().json, "\(library), \(key.curve)")
            }
        }
    }
}
