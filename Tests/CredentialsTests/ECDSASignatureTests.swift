import Testing

@testable import Credentials

@Suite struct ECDSASignatureTests {
    @Test func aHighBitGetsAZeroByteInDER() throws {
        let jose = [UInt8](repeating: 0x80, count: 32) + [0x01] + [UInt8](repeating: 0x7F, count: 31)
        let signature = try #require(ECDSASignature(jose: jose, size: 32))
        let der = signature.der
        // SEQUENCE (70) { INTEGER (33) 00 80..., INTEGER (32) 01 7F... }
        #expect(der.prefix(5) == [0x30, 69, 0x02, 33, 0x00])
        #expect(der[37...38] == [0x02, 32])
        #expect(ECDSASignature(der: der)?.jose(size: 32) == jose)
    }

    @Test func leadingZerosAreDroppedAndRestored() throws {
        let jose = [UInt8](repeating: 0, count: 31) + [0x05] + [0, 0] + [UInt8](repeating: 0x11, count: 30)
        let der = try #require(ECDSASignature(jose: jose, size: 32)).der
        #expect(der == [0x30, 35, 0x02, 1, 0x05, 0x02, 30] + [UInt8](repeating: 0x11, count: 30))
        #expect(ECDSASignature(der: der)?.jose(size: 32) == jose)
    }

    @Test func p521SignaturesUseALongLength() throws {
        let jose = [UInt8](repeating: 0xFF, count: 132)
        let der = try #require(ECDSASignature(jose: jose, size: 66)).der
        #expect(der.prefix(3) == [0x30, 0x81, 138])
        #expect(ECDSASignature(der: der)?.jose(size: 66) == jose)
    }

    @Test(arguments: [
        [UInt8](),
        [0x30, 7, 0x02, 1, 0x01, 0x02, 1, 0x01],  // one byte short
        [0x30, 6, 0x02, 1, 0x01, 0x02, 1, 0x01, 0x00, 0x00],  // trailing bytes
        [0x30, 6, 0x02, 1, 0x81, 0x02, 1, 0x01],  // negative r
        [0x30, 7, 0x02, 2, 0x00, 0x01, 0x02, 1, 0x01],  // r with a needless zero byte
        [0x30, 0x80, 0x02, 1, 0x01, 0x02, 1, 0x01, 0x00, 0x00],  // indefinite length
        [0x31, 6, 0x02, 1, 0x01, 0x02, 1, 0x01],  // a SET
    ])
    func malformedDERIsRefused(_ der: [UInt8]) {
        #expect(ECDSASignature(der: der) == nil)
    }

    @Test func theRightDERIsRead() {
        #expect(ECDSASignature(der: [0x30, 6, 0x02, 1, 0x01, 0x02, 1, 0x02])?.jose(size: 2) == [0, 1, 0, 2])
    }

    @Test func joseSignaturesOfTheWrongLengthAreRefused() {
        #expect(ECDSASignature(jose: [UInt8](repeating: 1, count: 63), size: 32) == nil)
        #expect(ECDSASignature(jose: [UInt8](repeating: 1, count: 65), size: 32) == nil)
    }
}
