import JSONCore
import JSONSchema
import Testing

/// Formats asserted with `assertFormats`, checked by hand against their RFCs.
@Suite struct SchemaFormatTests {
    func accepts(_ format: String, _ text: String) throws -> Bool {
        try JSONSchemaCompiler(assertFormats: true).compile(["format": .string(format)]).isValid(.string(text))
    }

    @Test(arguments: [
        ("date-time", "2026-11-29T09:30:00Z", true), ("date-time", "2026-11-29t09:30:00.5+08:00", true), ("date-time", "2026-11-29 09:30:00Z", false),
        ("date-time", "1998-12-31T23:59:60Z", true), ("date-time", "1998-12-31T15:59:60-08:00", true), ("date-time", "1998-12-31T22:59:60Z", false),
        ("date", "2028-02-29", true), ("date", "2026-02-29", false), ("date", "2026-1-05", false), ("date", "２０２６-01-05", false),
        ("time", "08:30:06+01:00", true), ("time", "08:30:06", false), ("time", "24:00:00Z", false),
        ("duration", "P1Y2M3DT4H5M6S", true), ("duration", "P2W", true), ("duration", "PT", false), ("duration", "P1Y2D", false),
        ("duration", "P", false),
        ("email", "exporter@example.com", true), ("email", "\"joe bloggs\"@example.com", true), ("email", "a..b@example.com", false),
        ("email", "@example.com", false),
        ("hostname", "id.example.com", true), ("hostname", "-bad.example", false), ("hostname", "xn--X", false),
        ("ipv4", "192.0.2.1", true), ("ipv4", "192.0.2.01", false), ("ipv4", "256.0.0.1", false),
        ("ipv6", "2001:db8::1", true), ("ipv6", "::ffff:192.0.2.1", true), ("ipv6", "1::2::3", false), ("ipv6", "fe80::1%eth0", false),
        ("uri", "https://id.example.com/01/09520123456788/10/L1", true), ("uri", "/relative", false), ("uri", "https://example.com/a b", false),
        ("uri-reference", "../passports/1.json#frag", true), ("uri-reference", "/a\\b", false),
        ("iri", "https://例え.jp/パス", true), ("iri-reference", "パス/ファイル", true), ("uri", "https://例え.jp/", false),
        ("uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d16380", true), ("uuid", "2eb8aa08aa9811eab4aa73b441d16380", false),
        ("uri-template", "https://id.example.com/01/{gtin}/10/{lot}", true), ("uri-template", "https://x/{gtin", false),
        ("json-pointer", "/a~1b/0", true), ("json-pointer", "a/b", false), ("relative-json-pointer", "1/a", true),
        ("relative-json-pointer", "01/a", false),
        ("regex", "^[0-9]{14}$", true), ("regex", "(unclosed", false), ("regex", "\\a", false),
    ])
    func checksFormats(format: String, text: String, expected: Bool) throws {
        #expect(try accepts(format, text) == expected)
    }

    @Test func unknownFormatsAndNonStringsPass() throws {
        #expect(try accepts("gtin", "anything"))
        #expect(try JSONSchemaCompiler(assertFormats: true).compile(["format": "date"]).isValid(12))
    }
}
