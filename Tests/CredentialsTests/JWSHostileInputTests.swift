import Credentials
import JSONCore
import Testing

/// Input made to hurt a verifier gets a typed error, never a crash, a hang or unbounded memory.
@Suite struct JWSHostileInputTests {
    static let validHeader = Base64URL.encode(Array(#"{"alg":"EdDSA"}"#.utf8))

    @Test func a100MBJWTIsRefusedUnread() {
        let huge = Self.validHeader + "." + String(repeating: "A", count: 100_000_000) + ".AAAA"
        let error = expectError(.jwsTooLarge) { try ParsedJWS(compact: huge) }
        #expect(error?.message.contains("at most 16777216") == true)
    }

    @Test func tenThousandDotsAreMalformed() {
        let error = expectError(.jwsMalformed) { try ParsedJWS(compact: String(repeating: ".", count: 10_000)) }
        #expect(error?.message.contains("this one has 10001") == true)
        expectError(.jwsMalformed) { try ParsedJWS(compact: Self.validHeader + String(repeating: ".AAAA", count: 10_000)) }
    }

    @Test(arguments: ["", "abc", "a.b", "a.b.c.d", "..", "...", "\(validHeader).AAAA", " \(validHeader).AAAA.AAAA", "\(validHeader).AAAA.AAAA\n"])
    func anythingButThreePartsIsMalformed(_ text: String) {
        expectError(.jwsMalformed) { try ParsedJWS(compact: text) }
    }

    @Test func anEmptyPayloadAndSignatureParseButDoNotVerify() throws {
        let parsed = try ParsedJWS(compact: Self.validHeader + "..")
        #expect(parsed.payload.isEmpty && parsed.signature.isEmpty)
        expectError(.jwsSignature) { try parsed.verified(with: PrivateKey.generate().publicKey, allowing: [.edDSA]) }
    }

    @Test(arguments: ["+", "/", "=", " ", "\n", "é", "\0", "A===", "AB=C", "AAB"])
    func invalidBase64URLIsMalformedInEveryPart(_ bad: String) {
        let valid = ["\(Self.validHeader)", "AAAA", "AAAA"]
        for part in 0..<3 {
            var parts = valid
            parts[part] = part == 0 ? Self.validHeader + bad : "AA" + bad
            expectError(.jwsMalformed) { try ParsedJWS(compact: parts.joined(separator: ".")) }
        }
    }

    @Test(arguments: [
        "", "null", "[]", #""alg""#, "{", #"{"alg":"EdDSA","alg":"EdDSA"}"#, #"{"alg":1}"#, #"{"typ":"JWT"}"#,
        #"{"alg":"EdDSA","kid":7}"#, #"{"alg":"EdDSA","typ":null}"#, #"{"alg":"EdDSA","cty":["vc"]}"#, "{\"alg\":\"EdDSA\"} x",
    ])
    func aHeaderThatIsNoValidJOSEObjectIsMalformed(_ header: String) {
        expectError(.jwsMalformed) { try ParsedJWS(compact: Base64URL.encode(Array(header.utf8)) + ".AAAA.AAAA") }
    }

    @Test func aHeaderOfInvalidUTF8IsMalformed() {
        let header: [UInt8] = Array(#"{"alg":"EdDSA","kid":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        expectError(.jwsMalformed) { try ParsedJWS(compact: Base64URL.encode(header) + ".AAAA.AAAA") }
    }

    @Test func aJSONBombInTheHeaderIsMalformed() {
        // Too deep within the size limit, and too large for it.
        for depth in [100, 4_000, 1_000_000] {
            let header = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            expectError(.jwsMalformed) { try ParsedJWS(compact: Base64URL.encode(Array(header.utf8)) + ".AAAA.AAAA") }
        }
        let wide = "{\"alg\":\"EdDSA\"" + (0..<2_000).map { ",\"m\($0)\":[]" }.joined() + "}"
        let error = expectError(.jwsMalformed) { try ParsedJWS(compact: Base64URL.encode(Array(wide.utf8)) + ".AAAA.AAAA") }
        #expect(error?.message.contains("longer than 8192") == true)
    }

    @Test func aJSONBombInThePayloadIsRefusedAsJSON() throws {
        let key = try PrivateKey.generate()
        for payload in [String(repeating: "[", count: 1_000_000), String(repeating: "[", count: 129) + String(repeating: "]", count: 129), "{\"a\":"]
        {
            let compact = try JWS.sign(payload: Array(payload.utf8), header: JOSEHeader(algorithm: .edDSA), key: key)
            let verified = try ParsedJWS(compact: compact).verified(with: key.publicKey, allowing: [.edDSA])
            expectError(.jwsPayloadMalformed) { try verified.payloadJSON() }
        }
    }

    @Test func aPayloadJustWithinTheDepthLimitIsJSON() throws {
        let key = try PrivateKey.generate()
        let payload = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
        let compact = try JWS.sign(payload: Array(payload.utf8), header: JOSEHeader(algorithm: .edDSA), key: key)
        #expect(try ParsedJWS(compact: compact).verified(with: key.publicKey, allowing: [.edDSA]).payloadJSON() != .null)
    }

    @Test func aPayloadTooLargeForAJWSIsNotSigned() throws {
        let payload = [UInt8](repeating: 0x20, count: JWS.maximumSize * 3 / 4)
        expectError(.jwsTooLarge) { try JWS.sign(payload: payload, header: JOSEHeader(algorithm: .edDSA), key: PrivateKey.generate()) }
    }
}
