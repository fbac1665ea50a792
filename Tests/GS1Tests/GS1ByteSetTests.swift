import Testing

@testable import GS1

/// Each constant byte set holds exactly the characters its documentation names, for all 256 bytes.
struct GS1ByteSetTests {
    static let letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    static let cases: [(name: String, set: GS1ByteSet, members: String)] = [
        ("URI characters", .plainURICharacters, letters + "0123456789-._~:/[]@!$&'()*+,;=%"),
        ("host", .hostCharacters, letters + "0123456789-."),
        ("IPv6", .ipv6Characters, "ABCDEFabcdef0123456789:."),
        ("digits", .digits, "0123456789"),
        // CSET 82 as GS1's General Specifications (figure 7.11-1) list it, not from the code's own table.
        ("CSET 82", .cset82, "!\"%&'()*+,-./0123456789:;<=>?" + letters.prefix(26) + "_" + letters.dropFirst(26)),
        ("CSET 39", .cset39, "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        ("CSET 64", .cset64, letters + "0123456789-_"),
    ]

    @Test(arguments: cases.indices)
    func holdsExactlyItsMembers(_ index: Int) {
        let (name, set, members) = Self.cases[index]
        for byte in UInt8.min...UInt8.max {
            #expect(set.contains(byte) == members.utf8.contains(byte), "\(name), byte \(byte)")
        }
    }

    /// CSET 82's check-pair order (the code's own table) holds the same 82 characters.
    @Test func cset82OrderHasTheSameMembers() {
        #expect(GS1CharacterSet.cset82Order.count == 82)
        for byte in UInt8.min...UInt8.max {
            #expect(GS1ByteSet.cset82.contains(byte) == GS1CharacterSet.cset82Order.contains(byte), "byte \(byte)")
        }
    }
}
