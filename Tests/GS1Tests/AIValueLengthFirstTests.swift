import GS1
import Testing

/// A value's whole length is checked before its characters and check digits, as the GS1 Syntax
/// Engine's parsers check it (`gs1_aiValLengthContentCheck` before the components' linters):
/// "the check digit is incorrect" is no help for a GTIN with one digit too many.
struct AIValueLengthFirstTests {
    @Test(arguments: [
        // 15 digits; the first 14 would fail the check digit.
        ("https://id.gs1.org/01/009521234000112", GS1Rule.valueTooLong),
        // 15 characters; the 14th is a letter.
        ("https://id.gs1.org/01/0952123454321A0", .valueTooLong),
        // 21 characters for X..20; the first is outside CSET 82.
        ("https://id.gs1.org/01/09521234543213/21/~AAAAAAAAAAAAAAAAAAAA", .valueTooLong),
        // GRAI is N1 N13 X0..16: one character is too short, whatever it is.
        ("https://id.gs1.org/8003/A", .valueTooShort),
        // Within the lengths, the components decide.
        ("https://id.gs1.org/01/09521234000113", .checkDigit),
        ("https://id.gs1.org/8003/A9521234543213", .characterSet),
    ])
    func theWholeLengthIsCheckedFirst(uri: String, rule: GS1Rule) {
        let validation = DigitalLink.validate(uri)
        #expect(validation.problems.map(\.rule) == [rule], "\(uri): \(validation.problems)")
    }
}
