import GS1
import Testing
@testable import Traceability

/// The shortcut for canonical lot and item links gives exactly what the full GS1 parse gives.
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
        #expect(normalizer.canonicalQualifiedGTIN(link)?.canonical == link)
        #expect(try DigitalLink.parse(link).canonicalURI == link)
    }

    @Test(arguments: ["https://id.gs1.org/01/09521234010013/21/S1", "\(gtin)/21/ABCDEFGHIJ01234567890", "\(gtin)/21/S1/10/L1", "\(gtin)/10/A!B"])
    func shortcutLeavesOtherLinksToTheFullParse(_ link: String) {
        var normalizer = IdentifierNormalizer()
        #expect(normalizer.canonicalQualifiedGTIN(link) == nil)
    }
}
