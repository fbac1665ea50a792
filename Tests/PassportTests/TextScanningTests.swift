import TestSupport
import Testing

@testable import Passport

/// Label percentages and party GLNs are read from ASCII text over its bytes: on generated texts
/// the results are those of the regular expression and of the split by characters they replace.
struct TextScanningTests {
    @Test func percentagesAreFoundAsTheExpressionFindsThem() {
        #expect(LabelText.firstPercentage(in: "70% cashmere, 30% wool")?.number == "70")
        #expect(LabelText.firstPercentage(in: "Lining: 12,5 % silk")?.number == "12,5")
        #expect(LabelText.firstPercentage(in: "12.5.3%")?.number == "5.3")
        #expect(LabelText.firstPercentage(in: "100 percent") == nil)
        var random = SeededGenerator(seed: 17)
        let pieces = ["1", "2", "0", "12", ".", ",", "%", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{1C}", "a", "silk", ":", "-", "+"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...10, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()[...]
            let expected = text.firstMatch(of: LabelText.percentage).map { ($0.range, String($0.1)) }
            let found = LabelText.firstPercentage(in: text).map { ($0.range, String($0.number)) }
            #expect(found?.0 == expected?.0 && found?.1 == expected?.1, "\(text.debugDescription)")
        }
    }

    /// The reading the byte scan replaces: the last two non-empty segments between slashes.
    static func glnBySplitting(_ id: String) -> String {
        let parts = id.split(separator: "/")
        guard parts.count >= 2, ["417", "414"].contains(parts[parts.count - 2]) else { return id }
        return String(parts[parts.count - 1])
    }

    @Test func glnsAreReadAsTheSplitReadsThem() {
        #expect(Passport.gln(of: "https://id.gs1.org/417/9521234000013") == "9521234000013")
        #expect(Passport.gln(of: "https://id.gs1.org/414/9521234000013/") == "9521234000013")
        #expect(Passport.gln(of: "https://id.gs1.org/01/09521234000013") == "https://id.gs1.org/01/09521234000013")
        #expect(Passport.gln(of: "urn:epc:id:sgln:9521234.00001.0") == "urn:epc:id:sgln:9521234.00001.0")
        var random = SeededGenerator(seed: 414)
        let pieces = ["/", "//", "417", "414", "41", "4170", "9521234000013", "https:", "id.gs1.org", "x", ""]
        for _ in 0..<20_000 {
            let id = (0..<Int.random(in: 0...7, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(Passport.gln(of: id) == Self.glnBySplitting(id), "\(id)")
        }
    }
}
