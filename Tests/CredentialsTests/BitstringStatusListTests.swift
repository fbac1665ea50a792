import Credentials
import TestSupport
import Testing

@Suite struct BitstringStatusListTests {
    static let recommendation = ReferenceFolder("w3c/vc-bitstring-status-list")

    /// A list of the minimum length with the given bits set.
    static func list(setting indexes: [Int], length: Int = BitstringStatusList.minimumLength) throws -> BitstringStatusList {
        var list = try BitstringStatusList(length: length)
        for index in indexes { try list.set(index) }
        return list
    }

    @Test func indexZeroIsTheLeftMostBitOfTheFirstByte() throws {
        var list = try Self.list(setting: [0])
        #expect(list.bytes.prefix(2) == [0x80, 0x00])
        try list.set(7)
        try list.set(8)
        try list.set(BitstringStatusList.minimumLength - 1)
        #expect(list.bytes.prefix(2) == [0x81, 0x80])
        #expect(list.bytes.last == 0x01)
        #expect(list.setIndexes == [0, 7, 8, 131_071])
        try list.clear(7)
        #expect(try list.isSet(7) == false)
        #expect(try list.isSet(8))
        #expect(list.bytes.prefix(2) == [0x80, 0x80])
    }

    /// Bits 0, 7, 8, 12345 and 131071, encoded: checked by hand with Python's
    /// `zlib.compressobj(6, zlib.DEFLATED, 31)` (zlib 1.2.13 on Linux: level 6, OS byte 3).
    static let knownEncodedList = "uH4sIAAAAAAAAA-3OMQ0AMAgAsOFs0sA5CSY4aBW08gFw198OAAAAAAAAAAAAAAAAAAAwogHDNh5lAEAAAA"

    @Test func knownBitsGiveTheExpectedEncodedList() throws {
        let list = try Self.list(setting: [0, 7, 8, 12_345, 131_071])
        #expect(try list.encodedList() == Self.knownEncodedList)
        #expect(try BitstringStatusList(encodedList: Self.knownEncodedList) == list)
    }

    @Test(.requiring(tool: "python3", debianPackage: "python3"))
    func pythonReadsTheBitsSwiftSet() throws {
        let known = try PythonStatusList.read(Self.knownEncodedList)
        #expect(known.length == 131_072)
        #expect(known.setBits == [0, 7, 8, 12_345, 131_071])
        // A scattered set in a list twice the minimum.
        let scattered = (0..<500).map { ($0 &* 7_919 &+ 13) % 262_144 }
        let list = try Self.list(setting: scattered, length: 262_144)
        let read = try PythonStatusList.read(try list.encodedList())
        #expect(read.length == 262_144)
        #expect(read.setBits == Set(scattered).sorted())
    }

    @Test(.requiring(tool: "python3", debianPackage: "python3"))
    func listsPythonMadeDecode() throws {
        let bits = [3, 100, 65_536, 131_071, 262_143]
        let list = try BitstringStatusList(encodedList: try PythonStatusList.make(length: 262_144, setBits: bits))
        #expect(list.length == 262_144)
        #expect(list.setIndexes == bits)
    }

    /// The Recommendation's example 3 carries an empty list of the minimum length; zlib's
    /// default level with OS byte 3 and time 0 reproduces its bytes exactly.
    @Test(.requiring(recommendation, otherwise: "the Recommendation's example encodedList is not decoded"))
    func theRecommendationsExampleDecodesAndIsReproduced() throws {
        let page = try Self.recommendation.text("REC-index.html")
        let examples = Set(page.matches(of: /"encodedList": "(?:<span class="highlight">)?(u[A-Za-z0-9_-]+)/).map { String($0.1) })
        #expect(examples.count == 1)
        let example = try #require(examples.first)
        let list = try BitstringStatusList(encodedList: example)
        #expect(list.length == 131_072)
        #expect(list.setIndexes.isEmpty)
        #expect(try BitstringStatusList().encodedList() == example)
    }

    @Test func theGZIPHeaderIsDeterministic() throws {
        let encoded = try Self.list(setting: [42]).encodedList()
        #expect(try Self.list(setting: [42]).encodedList() == encoded)
        let gzip = try #require(Base64URL.decode(encoded.dropFirst()))
        // Magic, deflate, no flags (no name, no comment), time 0, extra flags 0 (level 6), OS 3.
        #expect(gzip.prefix(10) == [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03])
    }

    @Test(arguments: [0, 100, 131_073, 131_080 - 4, BitstringStatusList.maximumLength + 8])
    func lengthsOutsideTheRulesAreRefused(_ length: Int) {
        #expect(throws: StatusListError.invalidLength(length)) { try BitstringStatusList(length: length) }
    }

    @Test func indexesOutsideTheListAreRefused() throws {
        var list = try BitstringStatusList()
        for index in [-1, 131_072, Int.max] {
            #expect(throws: StatusListError.indexOutOfRange(index: String(index), length: 131_072)) { try list.set(index) }
            #expect(throws: StatusListError.indexOutOfRange(index: String(index), length: 131_072)) { try list.isSet(index) }
            #expect(throws: StatusListError.indexOutOfRange(index: String(index), length: 131_072)) { try list.clear(index) }
        }
        #expect(StatusListError.indexOutOfRange(index: "1", length: 8).rule == .indexRange)
    }
}
