import Testing

@testable import GS1

/// The content checks of AI values, on cases worked from GS1's rules.
struct GS1LinterTests {
    private func passes(_ linter: GS1Linter, _ text: String) -> Bool {
        linter.problem(in: Array(text.utf8)[...]) == nil
    }

    @Test func alphanumericCheckPair() {
        // GMN example of the GS1 General Specifications (check pair "2K").
        #expect(passes(.csumalpha, "1987654Ad4X4bL5ttr2310c2K"))
        #expect(!passes(.csumalpha, "1987654Ad4X4bL5ttr2310cXK"))
        #expect(passes(.csumalpha, "22"))  // no data characters: sum 0 -> "22"
        #expect(!passes(.csumalpha, "2"))
    }

    @Test func dates() {
        #expect(passes(.yymmdd, "240229"))  // 2024 is a leap year
        #expect(!passes(.yymmdd, "250229"))
        #expect(!passes(.yymmdd, "251301"))
        #expect(!passes(.yymmdd, "250100"))
        #expect(passes(.yymmd0, "250100"))  // day 00: the whole month
        #expect(!passes(.yymmd0, "250431"))
        #expect(passes(.yyyymmdd, "20000229"))
        #expect(!passes(.yyyymmdd, "21000229"))
        #expect(passes(.hhmi, "2359"))
        #expect(!passes(.hhmi, "2400"))
    }

    @Test func codeLists() {
        #expect(passes(.iso3166, "496"))  // Mongolia
        #expect(!passes(.iso3166, "999"))
        #expect(passes(.iso3166999, "999"))
        #expect(passes(.iso3166alpha2, "MN"))
        #expect(!passes(.iso3166alpha2, "XX"))
        #expect(passes(.iso4217, "496"))  // tögrög
        #expect(passes(.iso4217, "978"))  // euro
        #expect(!passes(.iso4217, "000"))
    }

    @Test func otherContentRules() {
        #expect(passes(.pieceoftotal, "0102"))
        #expect(!passes(.pieceoftotal, "0301"))
        #expect(!passes(.pieceoftotal, "0000"))
        #expect(passes(.iban, "GB82WEST12345698765432"))  // the ISO 13616 example IBAN
        #expect(!passes(.iban, "GB82WEST12345698765433"))
        #expect(passes(.pcenc, "A%20B"))
        #expect(!passes(.pcenc, "A%2"))
        #expect(!passes(.pcenc, "A%G0"))
        #expect(passes(.gcppos2, "09521"))
        #expect(!passes(.gcppos1, "952A1"))
        #expect(!passes(.nozeroprefix, "012"))
        #expect(passes(.nozeroprefix, "0"))
        #expect(passes(.posinseqslash, "1/2"))
        #expect(!passes(.posinseqslash, "3/2"))
    }
}
