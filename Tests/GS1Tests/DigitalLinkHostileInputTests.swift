import GS1
import Testing

/// Hostile and malformed URIs get a diagnostic, never a crash or a hang.
struct DigitalLinkHostileInputTests {
    @Test func refusesA100KilobyteURI() {
        let uri = "https://example.com/01/09521234543213/10/" + String(repeating: "A", count: 100_000)
        let validation = DigitalLink.validate(uri)
        #expect(validation.problems.map(\.rule) == [.uriTooLong])
    }

    @Test func readsManySegmentsBeforeTheKeyAndManyEmptyParameters() {
        let uri = "https://example.com" + String(repeating: "/10/A", count: 1_600) + "/01/09521234543213"
        #expect(DigitalLink.validate(uri).isValid)  // the stem may be long; the key ends the path
        let query = "https://example.com/01/09521234543213?" + String(repeating: "&", count: 8_000)
        #expect(DigitalLink.validate(query).isValid)
    }

    @Test(arguments: [
        ("https://example.com/01/09521234543213/10/AB%2", GS1Rule.uriPercentEncoding),
        ("https://example.com/01/09521234543213/10/AB%G1", .uriPercentEncoding),
        ("https://example.com/01/09521234543213/10/%", .uriPercentEncoding),
        ("https://example.com/01/09521234543213?17=%2", .uriPercentEncoding),
        ("https://example.com/01/09521234543213/10/A%00B", .nulCharacter),
        ("https://example.com/01/09521234543213?99=%00", .nulCharacter),
        ("https://example.com/01/09521234543213/10/Ä", .uriCharacters),
        ("https://exämple.com/01/09521234543213", .uriCharacters),
        ("https://example.com/01/09521234543213/10/%C3%84", .characterSet),
        ("https://example.com/01/09521234543213/10/A B", .uriCharacters),
        ("https:/example.com/01/09521234543213", .uriScheme),
        ("", .uriScheme),
        ("https://", .uriHost),
        ("https://example.com:99999999/01/09521234543213", .uriHost),
        ("https://[::1%25eth0]/01/09521234543213", .uriHost),
    ])
    func givesADiagnostic(uri: String, rule: GS1Rule) {
        let validation = DigitalLink.validate(uri)
        #expect(validation.problems.first?.rule == rule, "\(uri): \(validation.problems)")
        #expect(!validation.isValid)
    }

    /// `..` and `../` are valid CSET 82 lots: they parse, and stay inside a publishing folder.
    @Test(arguments: ["https://example.com/01/09521234543213/10/..", "https://example.com/01/09521234543213/10/%2E%2E%2F"])
    func readsDotsAsData(uri: String) throws {
        let link = try DigitalLink.parse(uri)
        #expect(link.lot == ".." || link.lot == "../")
        #expect(!link.publishingPath().contains(".."))
    }

    @Test func keepsASlashInALotInsideOneSegment() throws {
        let link = try DigitalLink.parse("https://example.com/01/09521234543213/10/A%2FB")
        #expect(link.lot == "A/B")
        #expect(link.qualifiers.count == 1)
        #expect(link.publishingPath() == ["01", "09521234543213", "10", "A%2FB"])
    }
}
