import Credentials
import Foundation
import TestSupport
import Testing

/// `encodedList`s built to hurt: every one is refused with a typed error, quickly.
@Suite struct BitstringStatusListHostileTests {
    /// The GZIP bytes of the known list, to damage.
    static func knownGZIP() throws -> [UInt8] {
        try #require(Base64URL.decode(BitstringStatusListTests.knownEncodedList.dropFirst()))
    }

    static func encoded(_ gzip: [UInt8]) -> String { "u" + Base64URL.encode(gzip) }

    @Test(.requiring(tool: "python3", debianPackage: "python3"))
    func aGZIPBombIsRefusedAtTheLimit() throws {
        // 64 MiB of zeros, 64 KiB compressed; inflation stops at 16 MiB.
        let bomb = try PythonStatusList.zeros(bytes: 64 << 20)
        #expect(bomb.utf8.count < 200_000)
        let start = ContinuousClock.now
        #expect(throws: StatusListError.decompressedTooLarge(limit: 16 << 20)) { try BitstringStatusList(encodedList: bomb) }
        #expect(ContinuousClock.now - start < .seconds(10))
        // Exactly the limit is accepted.
        let largest = try BitstringStatusList(encodedList: try PythonStatusList.zeros(bytes: 16 << 20))
        #expect(largest.length == BitstringStatusList.maximumLength)
    }

    @Test func aTruncatedStreamIsRefused() throws {
        let gzip = try Self.knownGZIP()
        for cut in [1, 8, 20, gzip.count - 12] {
            #expect(throws: StatusListError.truncated) { try BitstringStatusList(encodedList: Self.encoded(Array(gzip.dropLast(cut)))) }
        }
        #expect(throws: StatusListError.truncated) { try BitstringStatusList(encodedList: Self.encoded(Array(gzip.prefix(5)))) }
    }

    @Test func aDamagedStreamIsRefused() throws {
        var badCRC = try Self.knownGZIP()
        badCRC[badCRC.count - 6] ^= 0xFF
        #expect(throws: StatusListError.corrupt("incorrect data check")) { try BitstringStatusList(encodedList: Self.encoded(badCRC)) }
        let trailing = try Self.knownGZIP() + [0x00]
        #expect(throws: StatusListError.corrupt("bytes follow the end of the stream")) {
            try BitstringStatusList(encodedList: Self.encoded(trailing))
        }
        var badBlock = try Self.knownGZIP()
        badBlock[10] = 0xFF  // a reserved block type
        #expect(throws: StatusListError.self) { try BitstringStatusList(encodedList: Self.encoded(badBlock)) }
    }

    @Test(arguments: [
        ("", StatusListError.notMultibaseBase64URL),
        ("zH4sIAAAAAAAAA", .notMultibaseBase64URL),
        ("UH4sIAAAAAAAAA", .notMultibaseBase64URL),
        ("H4sIAAAAAAAAA-3OMQ0AMAgAsOFs0sA5CSY4aBW08gFw198OAAAAAAAAAAAAAAAAAAAwogHDNh5lAEAAAA", .notMultibaseBase64URL),
        ("u", .notGZIP),
        ("uH4sI+AAA", .notBase64URL),
        ("uH4sIAA==", .notBase64URL),
        ("uaGVsbG8gd29ybGQsIHRoaXMgaXMgbm90IGd6aXA", .notGZIP),
    ])
    func textThatIsNotMultibaseBase64URLOfGZIPIsRefused(_ text: String, _ error: StatusListError) {
        #expect(throws: error) { try BitstringStatusList(encodedList: text) }
        #expect(error.rule == .encoding)
    }

    @Test(.requiring(tool: "python3", debianPackage: "python3"))
    func aListShorterThanTheMinimumIsRefused() throws {
        let short = try PythonStatusList.make(length: 8_000, setBits: [1])
        #expect(throws: StatusListError.invalidLength(8_000)) { try BitstringStatusList(encodedList: short) }
        #expect(StatusListError.invalidLength(8_000).rule == .length)
        #expect(throws: StatusListError.invalidLength(0)) { try BitstringStatusList(encodedList: try PythonStatusList.make(length: 0, setBits: [])) }
    }
}
