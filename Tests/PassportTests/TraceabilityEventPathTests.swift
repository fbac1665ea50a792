import Passport
import Testing

/// Where each EPCIS event's traceability event credential is published, known from its `eventID` alone.
@Suite struct TraceabilityEventPathTests {
    static let base = "https://dpp.example.com"

    @Test func aUUIDEventIDIsPublishedUnderTheUUIDInLowerCase() {
        let path = TraceabilityEventPath(eventID: "urn:uuid:5C0A7E10-2026-4D00-9B00-000000000021")
        #expect(path.name == "5c0a7e10-2026-4d00-9b00-000000000021")
        #expect(path.url(baseURL: Self.base) == "https://dpp.example.com/events/5c0a7e10-2026-4d00-9b00-000000000021.jsonld")
        #expect(path.documentFile == ["events", "5c0a7e10-2026-4d00-9b00-000000000021.jsonld"])
        #expect(path.signedFile == ["events", "5c0a7e10-2026-4d00-9b00-000000000021.jwt"])
        #expect(path == TraceabilityEventPath(eventID: "URN:UUID:5c0a7e10-2026-4d00-9b00-000000000021"))
    }

    /// Escapes worked out by hand from the ASCII and UTF-8 tables: `:` 3a, `/` 2f, `;` 3b, `?` 3f,
    /// `=` 3d, `.` 2e, `_` 5f, `Ö` c3 96.
    @Test(arguments: [
        ("ni:///sha-256;abc?ver=CBV2.0", "id-ni_3a_2f_2f_2fsha-256_3babc_3fver_3dCBV2_2e0"),
        ("Ölberg_1", "id-_c3_96lberg_5f1"),
        // Not a UUID: one hex digit short.
        ("urn:uuid:5c0a7e10-2026-4d00-9b00-00000000002", "id-urn_3auuid_3a5c0a7e10-2026-4d00-9b00-00000000002"),
        // A name of exactly 200 bytes is kept as it is.
        (String(repeating: "a", count: 197), "id-" + String(repeating: "a", count: 197)),
        // One byte more: the 64-bit FNV-1a digest of the identifier, computed with Python.
        (String(repeating: "a", count: 198), "long-id-fce84829a2e3534b"),
    ])
    func anyOtherEventIDIsEscapedIntoASafeName(eventID: String, name: String) {
        let path = TraceabilityEventPath(eventID: eventID)
        #expect(path.name == name)
        #expect(path.url(baseURL: Self.base) == "https://dpp.example.com/events/\(name).jsonld")
    }

    @Test func namesOfDifferentEventIDsDiffer() {
        let ids = ["a:b", "a_3ab", "a-b", "urn:uuid:5c0a7e10-2026-4d00-9b00-000000000021", "5c0a7e10-2026-4d00-9b00-000000000021"]
        #expect(Set(ids.map { TraceabilityEventPath(eventID: $0).name }).count == ids.count)
    }
}
