import Testing

@testable import Passport

/// The words of printed text: ASCII text is split over its bytes, and must give exactly the
/// words Unicode's definition gives (lower-cased runs of letters).
@Suite struct FibreNameWordsTests {
    static func unicodeWords(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter }.map(String.init)
    }

    @Test(arguments: [
        "", "   ", "100% Cashmere", "Silk-soft d'alpaga", "Lining: 70% WOOL, 30% silk.", "Virgin Wool / Pure new wool",
        "a", "Z", "@[`{", "mixed123Case_with-UNDERSCORES\tand\nbreaks", "Kamel; chameau + cammello",
    ])
    func asciiTextGivesTheUnicodeWords(_ text: String) {
        #expect(FibreNames.words(text) == Self.unicodeWords(text))
    }

    @Test func everyASCIICharacterSplitsAsUnicodeSays() {
        for first in UInt8(0)...0x7F {
            for second in UInt8(0)...0x7F {
                let text = String(decoding: [UInt8(ascii: "a"), first, UInt8(ascii: "B"), second, UInt8(ascii: "c")], as: UTF8.self)
                #expect(FibreNames.words(text) == Self.unicodeWords(text), "\([first, second])")
            }
        }
    }

    @Test func nonASCIITextKeepsItsLettersAndCase() {
        #expect(FibreNames.words("ТЭМЭЭНИЙ ноос, Ångora") == ["тэмээний", "ноос", "ångora"])
    }
}
