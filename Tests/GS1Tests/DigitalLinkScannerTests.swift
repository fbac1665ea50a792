import Testing

@testable import GS1

/// The in-place scanner decides as the full parser does: on tricky URIs whose verdicts are worked
/// out from GS1's rules, `validate` and `problems(in:)` give exactly what the full parser gives.
struct DigitalLinkScannerTests {
    @Test(arguments: [
        // Valid: plain key; stem path; percent escapes and a literal '+' in the path.
        ("https://id.gs1.org/01/09521234543213", true),
        ("https://example.com/dpp/01/09521234543213/22/A/10/L%2F1/21/S+1", true),
        ("https://id.gs1.org/01/09521234543213?17=201231&3103=000123", true),
        ("https://id.gs1.org/01/09521234543213?17=20123%31", true),
        // Whatever precedes the rightmost primary key is the stem, AI-like segments included.
        ("https://example.com/10/A/01/09521234543213", true),
        ("https://example.com/01/09521234543213/00/095212340000090038", true),
        ("https://id.gs1.org/414/9521234000419/254/A+B", true),
        ("https://id.gs1.org/01/09521234543213?linkType=gs1:pip&x=1#frag", true),
        ("HTTPS://ID.GS1.ORG/01/09521234543213", true),
        ("http://[::1]:8080/01/09521234543213", true),
        // With TPX (235) in the path, lot (10) is not in its qualifier sequence: a data attribute.
        ("https://id.gs1.org/01/09521234543213/235/A?10=L", true),
        ("https://id.gs1.org/00/095212340000090038?02=09521234543213&37=5&10=A%2BB", true),
        // Invalid: check digit, qualifier order and mix, qualifier in the query, not an attribute.
        ("https://id.gs1.org/01/09521234543214", false),
        ("https://id.gs1.org/01/09521234543213/21/S/10/L", false),
        ("https://id.gs1.org/01/09521234543213/22/A/235/B", false),
        ("https://id.gs1.org/01/09521234543213?10=L", false),
        ("https://id.gs1.org/01/09521234543213/235/A?21=S", false),
        // Duplicates, exclusive pairs (01 with 37), missing requirements (10 needs a GTIN).
        ("https://id.gs1.org/01/09521234543213?17=201231&17=201231", false),
        ("https://id.gs1.org/01/09521234543213?37=5", false),
        ("https://id.gs1.org/414/9521234000419?10=A", false),
        // Unknown query AI, empty values, NUL, bad escape, a day 32, no key, a short value.
        ("https://id.gs1.org/01/09521234543213?89=A", false),
        ("https://id.gs1.org/01/09521234543213?17=", false),
        ("https://id.gs1.org/01/09521234543213/10/A%00", false),
        ("https://id.gs1.org/01/09521234543213?17=20123%", false),
        ("https://id.gs1.org/01/09521234543213?17=201232", false),
        ("https://id.gs1.org/10/A", false),
        ("https://id.gs1.org/01/", false),
        ("https://id.gs1.org/01/09521234543213/10/", false),
        ("https://id.gs1.org/01/09521234543213?3103=12345", false),
        // '+' is a space in the query, and a space is not in CSET 82.
        ("https://id.gs1.org/00/095212340000090038?02=09521234543213&37=5&10=A+B", false),
        // More AIs than the scanner holds: the full parser decides.
        ("https://id.gs1.org/01/09521234543213?" + Array(repeating: "17=201231", count: 17).joined(separator: "&"), false),
    ])
    func decidesAsTheFullParser(uri: String, isValid: Bool) {
        let full = DigitalLink.fullValidation(uri)
        let validation = DigitalLink.validate(uri)
        #expect(validation.isValid == isValid, "\(uri): \(validation.problems)")
        #expect(full.isValid == isValid)
        #expect(validation.link == full.link)
        #expect(validation.problems == full.problems)
        #expect(DigitalLink.problems(in: uri) == full.problems)
    }
}
