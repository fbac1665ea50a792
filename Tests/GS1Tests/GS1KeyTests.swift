import GS1
import Testing

/// GTIN, GLN and SSCC: lengths, digits, check digits and normalisation.
struct GS1KeyTests {
    @Test(arguments: [
        ("96385074", "00000096385074"),
        ("614141000036", "00614141000036"),  // GTIN-12 (UPC-A) from the GS1 General Specifications
        ("9521234543213", "09521234543213"),
        ("09521234543213", "09521234543213"),
    ])
    func normalisesGTINsTo14Digits(text: String, gtin14: String) throws {
        #expect(try GTIN(text).gtin14 == gtin14)
        #expect(try GTIN(text).description == gtin14)
        #expect(try GTIN(text) == GTIN(gtin14))
    }

    @Test func refusesBadGTINs() {
        #expect(rule { try GTIN("09521234543214") } == .checkDigit)
        #expect(rule { try GTIN("0952123454321") } == .checkDigit)  // 13 digits, wrong check digit
        #expect(rule { try GTIN("0952123454") } == .keyLength)
        #expect(rule { try GTIN("095212345432130") } == .keyLength)
        #expect(rule { try GTIN("0952123454321A") } == .keyDigits)
        #expect(rule { try GTIN("") } == .keyLength)
        #expect(rule { try GTIN(" 9521234543213") } == .keyDigits)
    }

    @Test func readsGLNsAndSSCCs() throws {
        #expect(try GLN("9521234000013").digits == "9521234000013")
        #expect(rule { try GLN("9521234000014") } == .checkDigit)
        #expect(rule { try GLN("09521234000013") } == .keyLength)
        #expect(try SSCC("095212340000000013").digits == "095212340000000013")
        #expect(rule { try SSCC("095212345000000015") } == .checkDigit)
    }

    @Test func errorsCarryRuleIdAndLocation() {
        do {
            _ = try GTIN("09521234543214")
            Issue.record("accepted a wrong check digit")
        } catch {
            #expect(error.rule == .checkDigit)
            #expect(error.location.offset == 13)
            #expect(error.message.contains("should be 3"))
        }
    }

    private func rule(_ body: () throws -> some Any) -> GS1Rule? {
        do {
            _ = try body()
            return nil
        } catch {
            return (error as? GS1Error)?.rule
        }
    }
}
