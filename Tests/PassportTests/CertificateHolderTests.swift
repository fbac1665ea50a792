import JSONCore
import Testing

@testable import Passport

/// CERT-HOLDER: a certificate backs only what its holder did, so its holder must be a party of
/// the product's trace, named by its Digital Link or by its GLN, either way round.
@Suite struct CertificateHolderTests {
    static let holder = "/credentialSubject/certificates/0/certificateHolder"

    /// The pointers of CERT-HOLDER's findings on the demo sweater's passport with `edits`.
    static func pointers(_ edits: [(String, JSONValue)]) throws -> [String] {
        PassportCheck(rules: [CertificateClaimRules.holder])
            .run(try RulePackTests.edited("KC-SW-2026-001", edits), file: "p.jsonld", context: CheckContext(date: CalendarDate("2026-09-01")!))
            .map { $0.location.pointer ?? "" }
    }

    /// The GLN of a location of the demo sweater's trace, which names it by its link (`/414/` and the GLN).
    static let traceGLN = "9521234000273"

    @Test func theDemoCertificatesAreHeldInTheTrace() throws {
        #expect(try Self.pointers([]) == [])
    }

    @Test func aHolderNamedByTheGLNOfATraceLocationIsInTheTrace() throws {
        let passport = try RulePackTests.edited("KC-SW-2026-001", [])
        #expect(JSONWriter().string(passport).contains("\"https://id.gs1.org/414/\(Self.traceGLN)\""), "the trace names the location by its link")
        #expect(!JSONWriter().string(passport).contains("\"\(Self.traceGLN)\""), "and not by its GLN")
        #expect(try Self.pointers([(Self.holder, .string(Self.traceGLN))]) == [])
        #expect(try Self.pointers([(Self.holder, .string("https://id.gs1.org/414/\(Self.traceGLN)"))]) == [])
    }

    @Test func aHolderOutsideTheTraceIsReported() throws {
        #expect(try Self.pointers([(Self.holder, "https://id.gs1.org/417/9521234999990")]) == [Self.holder])
        #expect(try Self.pointers([(Self.holder, "9521234999990")]) == [Self.holder])
        #expect(try Self.pointers([(Self.holder, .string("https://id.gs1.org/417/\(Self.traceGLN)0"))]) == [Self.holder])
    }
}
