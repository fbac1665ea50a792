import Diagnostics
import JSONCore
import Testing

@testable import Pipeline

/// A passport's check as the publication manifest records it reads back as the same
/// diagnostics, and a damaged record reads as none (so the passport is checked again).
@Suite struct RecordedVerdictTests {
    /// Diagnostics with every part of a location, a malformed-kind rule, and a message with the
    /// characters a manifest line must not hold raw (tab, line break) and non-ASCII text.
    static let diagnostics = [
        Diagnostic(InputRule.jsonMalformed, "not valid JSON:\tline one\nline two", at: SourceLocation(file: "a b.json", line: 3, column: 14)),
        Diagnostic.warning(
            InputRule.unreadable, "Хонин ноос «wool»", at: SourceLocation(file: "p.jsonld", pointer: "/credentialSubject/a~1b", part: "x")),
    ]

    @Test func aVerdictReadsBackAsItWasRecorded() throws {
        let verdict = RecordedVerdict(checkDate: "2026-09-01", diagnostics: Self.diagnostics)
        let field = verdict.field
        #expect(!field.contains("\t") && !field.contains("\n"))
        let read = try #require(RecordedVerdict(field: Substring(field)))
        #expect(read == verdict)
        #expect(read.diagnostics[0].kind == .malformed && read.diagnostics[0].ruleID == "JSON-MALFORMED")
        #expect(read.diagnostics[1].severity == .warning && read.diagnostics[1].location.part == "x")
        #expect(RecordedVerdict(field: "2026-09-01 []")?.diagnostics == [])
    }

    @Test(arguments: [
        "", "2026-09-01", " []", "2026-09-01 {}", "2026-09-01 [1]", "2026-09-01 [",
        // A diagnostic without its kind, with an unknown severity, with a line that is not a whole number.
        #"2026-09-01 [{"severity":"error","rule":"R","message":"m","location":{"file":"f"}}]"#,
        #"2026-09-01 [{"severity":"fatal","rule":"R","kind":"finding","message":"m","location":{"file":"f"}}]"#,
        #"2026-09-01 [{"severity":"error","rule":"R","kind":"finding","message":"m","location":{"file":"f","line":1.5}}]"#,
        #"2026-09-01 [{"severity":"error","rule":"R","kind":"finding","message":"m","location":{"file":"f","pointer":7}}]"#,
    ])
    func aDamagedVerdictReadsAsNone(_ field: String) {
        #expect(RecordedVerdict(field: Substring(field)) == nil)
    }
}
