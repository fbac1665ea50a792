import Testing

@testable import Spreadsheets

/// SpreadsheetML's `_xHHHH_` escape (ECMA-376 Part 1 §22.9.2.19), read as Excel reads it and
/// written so that a pattern typed as text stays text; expected values worked out by hand.
@Suite struct XstringEscapesTests {
    @Test func escapesAreDecodedAsExcelReadsThem() {
        #expect(XstringEscapes.decoded("a_x000D_b") == "a\rb")
        #expect(XstringEscapes.decoded("_x0041__x0042_") == "AB")
        #expect(XstringEscapes.decoded("_x00e9_") == "é")
        #expect(XstringEscapes.decoded("_x005F_x0041_") == "_x0041_")
        // A surrogate pair, and a lone surrogate, which is no character.
        #expect(XstringEscapes.decoded("_xD83D__xDC10_") == "🐐")
        #expect(XstringEscapes.decoded("_xD83D_") == "\u{FFFD}")
        for text in ["_x00G1_", "_x041_", "_x0041", "x0041_", "Ноолуур_x", ""] { #expect(XstringEscapes.decoded(text) == text, "\(text)") }
    }

    @Test func patternsInTextAreProtectedAndReadBackAsTyped() {
        #expect(XstringEscapes.protected("_x0041_") == "_x005F_x0041_")
        #expect(XstringEscapes.protected("a_x000D_b_x00e9_") == "a_x005F_x000D_b_x005F_x00e9_")
        #expect(XstringEscapes.protected("_x00G1_ _x041_") == "_x00G1_ _x041_")
        for text in ["_x0041_", "__x005F_x0041__", "_x000D_ Ноолуур _xD83D_", "plain"] {
            #expect(XstringEscapes.decoded(XstringEscapes.protected(text)) == text, "\(text)")
        }
    }
}
