import Credentials
import Foundation
import Testing

@Suite struct Base64URLTests {
    /// RFC 4648 §10's test vectors, in the URL-safe alphabet without padding.
    @Test(arguments: [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"), ("foobar", "Zm9vYmFy")])
    func rfc4648Vectors(_ text: String, _ encoded: String) {
        #expect(Base64URL.encode(Array(text.utf8)) == encoded)
        #expect(Base64URL.decode(encoded) == Array(text.utf8))
    }

    @Test func theURLSafeAlphabetIsUsed() {
        // 0xFB 0xFF → "+/8" in base64, "-_8" in base64url.
        #expect(Base64URL.encode([0xFB, 0xFF]) == "-_8")
        #expect(Base64URL.decode("-_8") == [0xFB, 0xFF])
    }

    @Test(arguments: ["Zm9v=", "Zm9vY", "Zm+v", "Zm/v", "Zm 9", "Zh", "Zm9vYh", "Zm9", "Zm9vZm9", "Zm9v\u{E9}A"])
    func malformedTextIsRefused(_ text: String) {
        #expect(Base64URL.decode(text) == nil)
    }

    @Test func everyByteRoundTrips() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for length in [0, 1, 2, 3, 4, 5, 999, 1000] {
            #expect(Base64URL.decode(Base64URL.encode(bytes.prefix(length))) == Array(bytes.prefix(length)))
            #expect(Base64URL.encode(bytes.prefix(length)).utf8.count == Base64URL.encodedLength(of: length))
        }
    }

    /// Every 12-bit value at every place, in texts of every length up to 200 and one of 60 KB
    /// (a passport's size), and appended after other bytes: Foundation's base64 in the URL-safe
    /// alphabet without padding.
    @Test func encodesAsFoundationsBase64() {
        var generator = SystemRandomNumberGenerator()
        let lengths = Array(0...200) + [61_441]
        for length in lengths {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let expected = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            #expect(Base64URL.encode(bytes) == expected, "\(bytes)")
            var output = Array("prefix.".utf8)
            Base64URL.append(bytes, to: &output)
            #expect(output == Array(("prefix." + expected).utf8))
        }
    }
}
