import JSONCore
import Testing

@Suite struct FNV1aTests {
    /// Test vectors of the FNV reference (Fowler, Noll, Vo: draft-eastlake-fnv, FNV-1a 64 bits).
    @Test(arguments: [("", 0xcbf2_9ce4_8422_2325 as UInt64), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8)])
    func matchesTheReferenceVectors(text: String, expected: UInt64) {
        #expect(FNV1a.hash(text.utf8) == expected)
    }
}
