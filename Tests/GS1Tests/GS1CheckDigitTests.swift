import GS1
import Testing

/// The mod-10 check digit, checked against keys GS1 publishes as valid.
struct GS1CheckDigitTests {
    // Worked by hand, e.g. 0952123454321: from the right 1·3 + 2·1 + 3·3 + 4·1 + 5·3 + 4·1 + 3·3
    // + 2·1 + 1·3 + 2·1 + 5·3 + 9·1 + 0·3 = 77, and 77 + 3 = 80; 9638507: 86 + 4 = 90.
    @Test(arguments: [
        ("0952123454321", "3"),  // GTIN 09521234543213 (GS1 example, valid in dl-uri-validation-table)
        ("952123400001", "3"),  // GLN 9521234000013
        ("09521234000000001", "3"),  // SSCC 095212340000000013
        ("9638507", "4"),  // GTIN-8 96385074 (GS1 General Specifications example)
        ("0", "0"),
    ])
    func computesTheCheckDigit(digits: String, expected: String) {
        #expect(GS1CheckDigit.compute(for: digits) == Character(expected))
    }

    @Test func refusesNonDigitsAndEmptyInput() {
        #expect(GS1CheckDigit.compute(for: "") == nil)
        #expect(GS1CheckDigit.compute(for: "12A4") == nil)
        #expect(GS1CheckDigit.compute(for: "１２３") == nil)
    }

    @Test func validatesWholeKeys() {
        #expect(GS1CheckDigit.isValid("09521234543213"))
        #expect(!GS1CheckDigit.isValid("09521234543214"))
        #expect(!GS1CheckDigit.isValid("3"))
        #expect(!GS1CheckDigit.isValid("0952123454321X"))
        #expect(GS1CheckDigit.isValid("96385074"))
    }
}
