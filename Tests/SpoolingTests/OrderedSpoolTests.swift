import Foundation
import TestSupport
import Testing

@testable import Spooling

/// The ordered spool gives back every record added, byte for byte, in the order of the numbers
/// they were added with, whatever order the threads added them in.
struct OrderedSpoolTests {
    /// The bytes of the record numbered `order`: its length and contents follow from the number
    /// (some empty), and no two numbers give the same bytes.
    static func record(_ order: Int) -> [UInt8] {
        let count = order % 7 == 0 ? 0 : (order * 37) % 301
        return Array("\(order):".utf8) + (0..<count).map { UInt8(truncatingIfNeeded: order &* 31 &+ $0) }
    }

    /// The bytes of every record of `records`, read in order by one reader.
    static func contents(_ records: OrderedSpool.Records) -> [[UInt8]] {
        var reader = records.reader()
        return (0..<records.count).map { index in reader.withRecord(index) { Array($0) } }
    }

    /// 20,000 records (about 3.3 MB, several chunks in the file) added from four threads, each
    /// taking every fourth of a shuffled list.
    @Test func recordsAddedFromSeveralThreadsComeBackInOrder() {
        let count = 20_000
        var shuffled = Array(0..<count)
        var generator = SeededGenerator(seed: 17)
        shuffled.shuffle(using: &generator)
        let spool = OrderedSpool()
        let orders = shuffled
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for order in stride(from: thread, to: count, by: 4).map({ orders[$0] }) { spool.add(Self.record(order), order: UInt64(order)) }
        }
        let records = spool.finish()
        #expect(records.count == count)
        #expect(Self.contents(records) == (0..<count).map(Self.record))
        // Read in another order, each record is still its own.
        var reader = records.reader()
        for index in [19_999, 0, 12_345, 1, 12_346, 7] { #expect(reader.withRecord(index) { Array($0) } == Self.record(index)) }
    }

    /// Records of one number come back in the order they were added, empty ones too; a spool
    /// that has been finished gives no record a second time.
    @Test func equalNumbersKeepTheOrderTheyWereAddedIn() {
        let spool = OrderedSpool()
        let added: [(UInt64, String)] = [(5, "a"), (1, "x"), (5, ""), (5, "b"), (5, ""), (0, ""), (5, "c"), (1, "y")]
        for (order, text) in added { spool.add(Array(text.utf8), order: order) }
        let records = spool.finish()
        #expect(Self.contents(records).map { String(decoding: $0, as: UTF8.self) } == ["", "x", "y", "a", "", "b", "", "c"])
        #expect(spool.finish().count == 0)
        spool.add(Array("again".utf8), order: 3)
        #expect(Self.contents(spool.finish()) == [Array("again".utf8)])
    }

    /// Records whose lengths take one, two and three bytes before them, and one longer than a
    /// chunk (2.1 MB), come back whole, each between its neighbours.
    @Test func recordsOfEveryLengthComeBackWhole() {
        let lengths = [0, 1, 127, 128, 16_383, 16_384, 2_100_000, 5, 0]
        let records = lengths.enumerated().map { index, count in (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ index) } }
        let spool = OrderedSpool()
        for index in [3, 8, 0, 6, 1, 5, 2, 7, 4] { spool.add(records[index], order: UInt64(index)) }
        #expect(Self.contents(spool.finish()) == records)
    }

    /// With no folder to make its file in, the spool keeps its chunks in memory and gives the
    /// same records back.
    @Test func aSpoolWithoutAFileKeepsItsRecordsInMemory() {
        let spool = OrderedSpool(folder: "/nonexistent-\(UUID().uuidString)")
        for order in (0..<8_000).reversed() { spool.add(Self.record(order), order: UInt64(order)) }
        #expect(Self.contents(spool.finish()) == (0..<8_000).map(Self.record))
    }
}

/// The records of a spool decoded as a sequence are every record in order, as often as it is read.
struct OrderedSpoolDecodedTests {
    @Test func theDecodedRecordsAreTheRecordsInOrderEachTimeTheSequenceIsRead() {
        let spool = OrderedSpool()
        // 3,000 records of about 400 bytes: two chunks of the file.
        for order in (0..<3000).reversed() { spool.add(Array(String(repeating: "\(order),", count: 80).utf8), order: UInt64(order)) }
        let decoded = spool.finish().decoded { String(decoding: $0, as: UTF8.self) }
        let expected = (0..<3000).map { String(repeating: "\($0),", count: 80) }
        #expect(Array(decoded) == expected)
        #expect(Array(decoded) == expected)
        #expect(Array(decoded.prefix(2)) == Array(expected.prefix(2)))
    }

    @Test func anEmptySpoolDecodesToNothing() {
        #expect(Array(OrderedSpool().finish().decoded { Array($0) }).isEmpty)
    }
}
