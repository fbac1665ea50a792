import Pipeline
import Testing

/// `--shard K/N`: how it is written and how it splits lots.
@Suite struct ShardTests {
    @Test(arguments: [("1/1", 1, 1), ("2/3", 2, 3), ("1000000/1000000", 1_000_000, 1_000_000)])
    func aShardIsWrittenKOverN(_ text: String, _ index: Int, _ count: Int) throws {
        let shard = try #require(Shard(parsing: text))
        #expect(shard.index == index && shard.count == count && shard.description == text)
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "1/", "/3", "1/3/5", "-1/3", "+1/3", "1 /3", "١/٣", "1/10000000", "a/b", ""])
    func anythingElseIsRefused(_ text: String) {
        #expect(Shard(parsing: text) == nil)
    }

    /// The parts of N are disjoint and together hold every lot; the lots spread over them.
    @Test func thePartsOfNSplitTheLots() throws {
        let lots = (0..<3000).map { "https://id.gs1.org/01/09521235000012/10/LOT-\($0)" }
        let shards = try (1...4).map { try #require(Shard(index: $0, count: 4)) }
        for lot in lots { #expect(shards.filter { $0.contains(lotID: lot) }.count == 1) }
        for shard in shards { #expect((600...900).contains(lots.filter { shard.contains(lotID: $0) }.count)) }
    }

    /// The FNV-1a 64-bit test vectors of the FNV reference code (draft-eastlake-fnv, `test_fnv.c`):
    /// "" → cbf29ce484222325, "a" → af63dc4c8601ec8c, "foobar" → 85944171f73967e8.
    @Test(arguments: [("", 0xcbf2_9ce4_8422_2325 as UInt64), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8)])
    func theHashIsFNV1a64(_ text: String, _ expected: UInt64) throws {
        // Part K of N holds a text when its hash modulo N is K - 1.
        for count in [2, 3, 7, 1000, 999_983] {
            let shard = try #require(Shard(index: Int(expected % UInt64(count)) + 1, count: count))
            #expect(shard.contains(lotID: text), "\(text) mod \(count)")
        }
    }
}
