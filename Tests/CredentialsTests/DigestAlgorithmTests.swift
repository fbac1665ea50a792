import Credentials
import Foundation
import TestSupport
import Testing

@Suite struct DigestAlgorithmTests {
    /// FIPS 180-2's examples: the digests of "abc" and of the empty message.
    @Test(arguments: [
        (DigestAlgorithm.sha256, "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (.sha256, "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (.sha384, "abc", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"),
        (
            .sha512, "abc",
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        ),
    ])
    func digestsMatchFIPS180(_ algorithm: DigestAlgorithm, _ message: String, _ expected: String) throws {
        let digest = try algorithm.hash(Array(message.utf8))
        #expect(digest.count == algorithm.outputSize)
        #expect(hex(digest) == expected)
    }

    /// A file of three mebibytes and a bit (read in several pieces) gives the digest `sha256sum` gives.
    @Test func aFileIsHashedAsSha256sumHashesIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("data.bin")
        let bytes = (0..<(3 << 20) + 12345).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let expected = try OutsideTool.run("sha256sum", [path]).stdout.prefix(64)
        #expect(try hex(#require(DigestAlgorithm.sha256.hash(contentsOf: path))) == String(expected))
        #expect(DigestAlgorithm.sha256.hash(contentsOf: folder.path("missing")) == nil)
    }
}
