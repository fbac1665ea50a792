import Testing

@testable import Spooling

/// Every byte of a key counts in its hash: keys that differ in one byte anywhere, in a whole
/// word or in the bytes after the last one, or only in length, hash apart.
struct ByteHashTests {
    private func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer(ByteHash.hash) }

    @Test(arguments: [1, 7, 8, 9, 15, 16, 23, 45])
    func aKeyChangedInAnyOneByteHashesApart(length: Int) {
        let key = (0..<length).map { UInt8(0x41 + $0 % 26) }
        var hashes: Set<UInt64> = [hash(key)]
        for position in 0..<length {
            for replacement: UInt8 in [0x00, 0x30, 0xFF] where replacement != key[position] {
                var changed = key
                changed[position] = replacement
                hashes.insert(hash(changed))
            }
        }
        #expect(hashes.count == 1 + 3 * length)
    }

    @Test func keysOfOneLengthApartOnlyInTheirLastBytesHashApart() {
        // 200,000 lot links of 47 bytes: 64-bit hashes of so many keys collide by chance about
        // once in a billion runs (n² / 2⁶⁵).
        let hashes = Set((0..<200_000).map { hash(Array("https://id.gs1.org/01/09521234010012/10/L\(100_000 + $0)".utf8)) })
        #expect(hashes.count == 200_000)
    }

    @Test func keysThatDifferOnlyInLengthHashApart() {
        let hashes = Set((0...24).map { hash([UInt8](repeating: 0, count: $0)) })
        #expect(hashes.count == 25)
    }
}
