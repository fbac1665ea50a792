import Testing

@testable import JSONCore

/// The growing byte buffer the writers append to: what goes in comes out, in order, across growths.
@Suite struct ByteBufferTests {
    /// Bytes and runs of every length from 0 to 40 appended to a buffer of 16 bytes (grown many
    /// times, by a run longer than twice its room too) read back as an array given the same gets them.
    @Test func appendsSurviveEveryGrowth() {
        var buffer = ByteBuffer(capacity: 16)
        var expected: [UInt8] = []
        for length in 0...40 {
            let run = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ length) }
            run.withUnsafeBufferPointer { buffer.append(bytes: $0) }
            expected += run
            buffer.append(UInt8(length))
            expected.append(UInt8(length))
        }
        let long = [UInt8](repeating: 0xAB, count: 5_000)
        long.withUnsafeBufferPointer { buffer.append(bytes: $0) }
        expected += long
        buffer.append(utf8: "Хөвсгөл")
        expected += "Хөвсгөл".utf8
        #expect(buffer.count == expected.count)
        #expect(buffer.bytes == expected)
    }

    /// An empty run (no base address) appends nothing; the text of a buffer is its UTF-8.
    @Test func emptyRunsAndText() {
        var buffer = ByteBuffer(capacity: 0)
        buffer.append(bytes: UnsafeBufferPointer(start: nil, count: 0))
        #expect(buffer.count == 0 && buffer.bytes.isEmpty)
        buffer.append(utf8: "cashmere 100%")
        #expect(buffer.text == "cashmere 100%")
    }
}
