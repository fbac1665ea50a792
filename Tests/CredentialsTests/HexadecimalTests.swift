import Credentials
import Testing

@Suite struct HexadecimalTests {
    @Test func bytesAreTwoLowercaseDigitsEach() {
        #expect(Hexadecimal.encode([]) == "")
        #expect(Hexadecimal.encode([0x00, 0x0F, 0xF0, 0xFF, 0x5A]) == "000ff0ff5a")
    }

    /// SHA-256 of "abc", FIPS 180-2's first example.
    @Test func aDigestReadsAsTheStandardWritesIt() throws {
        let digest = try DigestAlgorithm.sha256.hash(Array("abc".utf8))
        #expect(Hexadecimal.encode(digest) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
