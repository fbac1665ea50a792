import Rendering
import Testing

/// The symbol libqrencode makes: its size, its fixed patterns, its limits.
@Suite struct QRCodeTests {
    static let digitalLink = "https://id.gs1.org/01/09521234000013/10/LOT-2026-001"

    @Test func sizeIsSeventeenPlusFourModulesPerVersion() throws {
        for text in ["a", Self.digitalLink, String(repeating: "x", count: 1000)] {
            let code = try QRCode(encoding: text)
            #expect(code.size == 17 + 4 * code.version)
            #expect((1...40).contains(code.version))
        }
    }

    // ISO/IEC 18004 table 7, byte mode: version 1 holds 17 (L), 14 (M), 11 (Q), 7 (H) bytes.
    @Test(arguments: [(QRErrorCorrection.low, 17), (.medium, 14), (.quartile, 11), (.high, 7)])
    func versionOneHoldsItsTableCapacity(level: QRErrorCorrection, bytes: Int) throws {
        #expect(try QRCode(encoding: String(repeating: "a", count: bytes), errorCorrection: level).version == 1)
        #expect(try QRCode(encoding: String(repeating: "a", count: bytes + 1), errorCorrection: level).version == 2)
    }

    @Test(arguments: QRErrorCorrection.allCases)
    func theLargestTextFillsVersionFortyAndOneMoreByteIsRefused(level: QRErrorCorrection) throws {
        let largest = try QRCode(encoding: String(repeating: "z", count: level.byteCapacity), errorCorrection: level)
        #expect(largest.version == 40)
        #expect(largest.size == 177)
        let tooLong = String(repeating: "z", count: level.byteCapacity + 1)
        #expect(throws: QRCodeError.textTooLong(byteCount: level.byteCapacity + 1, capacity: level.byteCapacity, errorCorrection: level)) {
            try QRCode(encoding: tooLong, errorCorrection: level)
        }
    }

    @Test func capacityCountsUTF8BytesNotCharacters() throws {
        // "Ө" is two bytes of UTF-8: 1166 characters are 2332 bytes, one more than level M holds.
        let text = String(repeating: "Ө", count: 1166)
        #expect(throws: QRCodeError.textTooLong(byteCount: 2332, capacity: 2331, errorCorrection: .medium)) {
            try QRCode(encoding: text)
        }
    }

    @Test func aHugeTextIsRefusedWithAMessage() {
        do {
            _ = try QRCode(encoding: String(repeating: "https://example.com/", count: 500_000))
            Issue.record("a 10 MB text was encoded")
        } catch {
            #expect(error.description.contains("10000000 bytes"))
            #expect(error.description.contains("at most 2331 bytes"))
        }
    }

    @Test func anEmptyTextIsRefused() {
        #expect(throws: QRCodeError.emptyText) { try QRCode(encoding: "") }
    }

    @Test func aTextWithNULBytesIsEncoded() throws {
        #expect(try QRCode(encoding: "a\u{0}b").version == 1)
    }

    /// The three 7×7 finder patterns (ISO/IEC 18004 6.3.3): a dark ring, a light ring, a dark 3×3 centre,
    /// each with a light separator on its inner sides.
    @Test(arguments: QRErrorCorrection.allCases)
    func finderPatternsSitInThreeCorners(level: QRErrorCorrection) throws {
        let code = try QRCode(encoding: Self.digitalLink, errorCorrection: level)
        let origins = [(0, 0), (code.size - 7, 0), (0, code.size - 7)]
        for (originX, originY) in origins {
            for dy in -1...7 {
                for dx in -1...7 {
                    let ring = max(abs(dx - 3), abs(dy - 3))
                    let expectedDark = ring == 3 || ring <= 1
                    #expect(code.isDark(x: originX + dx, y: originY + dy) == expectedDark, "finder at (\(originX), \(originY)) + (\(dx), \(dy))")
                }
            }
        }
    }

    /// The timing patterns (ISO/IEC 18004 6.3.5) alternate along row 6 and column 6, dark on even indices;
    /// the dark module (7.9.1) is at (8, 4 × version + 9).
    @Test func timingPatternsAndTheDarkModule() throws {
        let code = try QRCode(encoding: Self.digitalLink)
        for index in 8..<(code.size - 8) {
            #expect(code.isDark(x: index, y: 6) == index.isMultiple(of: 2))
            #expect(code.isDark(x: 6, y: index) == index.isMultiple(of: 2))
        }
        #expect(code.isDark(x: 8, y: 4 * code.version + 9))
    }

    @Test func outsideTheSymbolIsLight() throws {
        let code = try QRCode(encoding: Self.digitalLink)
        for (x, y) in [(-1, 0), (0, -1), (code.size, 0), (0, code.size), (-4, -4), (Int.min, Int.max)] {
            #expect(!code.isDark(x: x, y: y))
        }
    }

    @Test func theSameTextGivesTheSameSymbolAndCaseMatters() throws {
        let first = try QRCode(encoding: Self.digitalLink)
        #expect(try QRCode(encoding: Self.digitalLink) == first)
        #expect(try QRCode(encoding: Self.digitalLink.uppercased()) != first)
    }
}
