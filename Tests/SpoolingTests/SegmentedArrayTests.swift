import Testing

@testable import Spooling

/// A segmented list reads and writes like an array, across its segments' bounds.
struct SegmentedArrayTests {
    /// Segments of 4 elements (32 bytes of `Int`): 1,001 elements cross 250 bounds.
    @Test func keepsEveryElementAcrossSegments() {
        var list = SegmentedArray<Int>(segmentBytes: 32)
        var expected: [Int] = []
        for value in 0..<1001 {
            list.append(value * 7)
            expected.append(value * 7)
        }
        #expect(list.count == 1001)
        #expect(Array(list) == expected)
        for index in stride(from: 0, to: 1001, by: 3) { list[index] += 1 }
        for index in stride(from: 0, to: 1001, by: 3) { expected[index] += 1 }
        #expect(Array(list) == expected)
        #expect(list[1000] == 7000)
        #expect(list[999] == 6993 + 1)
    }

    /// A size smaller than one element gives segments of one; the default size holds many.
    @Test func segmentsHoldAtLeastOneElement() {
        var tiny = SegmentedArray<(Int, Int)>(segmentBytes: 1)
        var large = SegmentedArray<(Int, Int)>()
        for value in 0..<100 {
            tiny.append((value, -value))
            large.append((value, -value))
        }
        #expect(tiny.map(\.1) == (0..<100).map { -$0 })
        #expect(large.map(\.0) == Array(0..<100))
    }

    @Test func forgetsEverythingWhenEmptied() {
        var list = SegmentedArray<UInt8>(segmentBytes: 2)
        for value in 0..<10 { list.append(UInt8(value)) }
        list.removeAll()
        #expect(list.isEmpty)
        list.append(42)
        #expect(Array(list) == [42])
    }
}
