import GS1
import Testing

@testable import Traceability

/// The shortcuts for canonical lot, item and logistic-unit links give exactly what the full GS1 parse gives.
struct IdentifierNormalizerTests {
    static let gtin = "https://id.gs1.org/01/09521234010012"

    /// Links the shortcut takes, links it must leave to the full parse, valid and invalid.
    static let links = [
        "\(gtin)/10/HRD-000000-0", "\(gtin)/21/CSW.000_001", "\(gtin)/10/L1/21/S1",
        "\(gtin)/10/ABCDEFGHIJ0123456789", "\(gtin)/21/ABCDEFGHIJ0123456789",
        // Serial of 21 characters, a bad check digit, a bad company prefix, qualifiers out of order.
        "\(gtin)/21/ABCDEFGHIJ01234567890", "https://id.gs1.org/01/09521234010013/21/S1",
        "https://id.gs1.org/01/00000000000017/10/L1", "\(gtin)/21/S1/10/L1",
        // Characters outside the shortcut's set: valid but percent-encoded, or invalid.
        "\(gtin)/10/A!B", "\(gtin)/10/A%2FB", "\(gtin)/10/A%20B", "\(gtin)/21/A~B", "\(gtin)/21/A+B", "\(gtin)/21/Ä",
        // Empty values, repeated AIs, other qualifiers, queries, another host, a short GTIN.
        "\(gtin)/21/", "\(gtin)/10//21/S1", "\(gtin)/10/L1/10/L2", "\(gtin)/22/CPV/10/L1", "\(gtin)/10/L1?17=260101",
        "\(gtin)/10/L1/", "https://example.com/01/09521234010012/10/L1", "https://id.gs1.org/01/9521234010012/10/L1",
        "https://id.gs1.org/01/0952123401001x/10/L1", "HTTPS://ID.GS1.ORG/01/09521234010012/10/L1",
        // SSCCs: valid (one all zeros), a wrong check digit, 17 and 19 digits, a letter, a query, a trailing slash.
        "https://id.gs1.org/00/095212340000000006", "https://id.gs1.org/00/000000000000000000",
        "https://id.gs1.org/00/095212340000000007", "https://id.gs1.org/00/09521234000000006",
        "https://id.gs1.org/00/0952123400000000060", "https://id.gs1.org/00/09521234000000000x",
        "https://id.gs1.org/00/095212340000000006?17=260101", "https://id.gs1.org/00/095212340000000006/",
    ]

    @Test(arguments: links)
    func shortcutAgreesWithFullParse(_ link: String) {
        var normalizer = IdentifierNormalizer()
        let outcome = normalizer.canonical(link), full = IdentifierNormalizer.compute(link)
        #expect(outcome.canonical == full.canonical)
        #expect(outcome.problem == full.problem)
    }

    /// The cases the shortcut must answer itself, checked against the GS1 module's own parse.
    @Test(arguments: ["\(gtin)/10/HRD-000000-0", "\(gtin)/21/CSW.000_001", "\(gtin)/10/L1/21/S1"])
    func shortcutTakesPlainCanonicalLinks(_ link: String) throws {
        var normalizer = IdentifierNormalizer()
        #expect(utf8(link) { normalizer.canonicalQualifiedGTIN($0, text: $1) }?.canonical == link)
        #expect(try DigitalLink.parse(link).canonicalURI == link)
    }

    @Test(arguments: ["https://id.gs1.org/00/095212340000000006", "https://id.gs1.org/00/000000000000000000"])
    func ssccShortcutTakesPlainCanonicalLinks(_ link: String) throws {
        #expect(utf8(link) { IdentifierNormalizer.canonicalSSCC($0, text: $1) }?.canonical == link)
        #expect(try DigitalLink.parse(link).canonicalURI == link)
    }

    @Test(arguments: [
        "https://id.gs1.org/00/095212340000000007", "https://id.gs1.org/00/0952123400000000060", "https://id.gs1.org/00/095212340000000006/",
    ])
    func ssccShortcutLeavesOtherLinksToTheFullParse(_ link: String) {
        #expect(utf8(link) { IdentifierNormalizer.canonicalSSCC($0, text: $1) } == nil)
    }

    @Test(arguments: ["https://id.gs1.org/01/09521234010013/21/S1", "\(gtin)/21/ABCDEFGHIJ01234567890", "\(gtin)/21/S1/10/L1", "\(gtin)/10/A!B"])
    func shortcutLeavesOtherLinksToTheFullParse(_ link: String) {
        var normalizer = IdentifierNormalizer()
        #expect(utf8(link) { normalizer.canonicalQualifiedGTIN($0, text: $1) } == nil)
    }
}

/// Calls `body` with the UTF-8 bytes of `link` and a closure giving it as a string, as a reader asks.
private func utf8<Result>(_ link: String, _ body: (UnsafeBufferPointer<UInt8>, () -> String) -> Result) -> Result {
    Array(link.utf8).withUnsafeBufferPointer { body($0, { link }) }
}
