import JSONCore
import TestSupport
import Testing

/// The word-at-a-time scans over JSON text find what a byte-at-a-time reading finds.
@Suite struct JSONByteScanTests {
    /// Bytes next to the ones sought, so that a borrow or a wrong comparison would show: controls,
    /// space, quote and backslash with their neighbours, DEL, bytes with the high bit set whose
    /// low bits are those of the sought ones.
    static let alphabet: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x61, 0x7F, 0x80, 0x9F, 0xA0, 0xA2, 0xDC, 0xFF]

    /// Random buffers of 0 to 40 bytes, each scan started at every offset.
    static func forEachStart(_ body: (UnsafeRawPointer, [UInt8], Int) -> Void) {
        var generator = SeededGenerator(seed: 0x5CA7)
        for _ in 0..<3_000 {
            // Mostly letters, so that runs of words pass before a sought byte.
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Int.random(in: 0..<4, using: &generator) == 0 ? alphabet.randomElement(using: &generator)! : 0x61
            }
            bytes.withUnsafeBytes { raw in
                for start in 0...bytes.count { body(raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, bytes, start) }
            }
        }
    }

    @Test func theNextEscapedByteIsTheFirstControlQuoteOrBackslash() {
        Self.forEachStart { raw, bytes, start in
            let expected = bytes[start...].firstIndex { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } ?? bytes.count
            #expect(JSONByteScan.nextEscapedByte(in: raw, from: start, count: bytes.count) == expected, "\(bytes) from \(start)")
        }
    }

    @Test func theNextQuoteOrBackslashIsTheFirstOfEither() {
        Self.forEachStart { raw, bytes, start in
            let expected = bytes[start...].firstIndex { $0 == 0x22 || $0 == 0x5C } ?? bytes.count
            #expect(JSONByteScan.nextQuoteOrBackslash(in: raw, from: start, count: bytes.count) == expected, "\(bytes) from \(start)")
        }
    }

    @Test func spacesArePassedAWholeWordAtATime() {
        let bytes = Array(repeating: UInt8(0x20), count: 19) + [0x61] + Array(repeating: 0x20, count: 8)
        bytes.withUnsafeBytes { raw in
            #expect(JSONByteScan.pastSpaces(in: raw.baseAddress!, from: 0, count: bytes.count) == 16)
            #expect(JSONByteScan.pastSpaces(in: raw.baseAddress!, from: 12, count: bytes.count) == 12)
            #expect(JSONByteScan.pastSpaces(in: raw.baseAddress!, from: 20, count: bytes.count) == 28)
            #expect(JSONByteScan.pastSpaces(in: raw.baseAddress!, from: 21, count: bytes.count) == 21)
        }
    }
}
