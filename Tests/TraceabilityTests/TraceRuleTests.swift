import Diagnostics
import Testing
import Traceability

/// The trace rules as `dpp rules` lists them.
struct TraceRuleTests {
    @Test func everyTraceRuleIsDeclaredOnceByTraceability() {
        let declarations = TraceRule.declarations
        #expect(
            declarations.map(\.id) == [
                "TRACE-NO-ORIGIN", "TRACE-CLASS-MATCH", "TRACE-CYCLE", "TRACE-MASS-GAIN", "TRACE-ORIGIN-UNCERTIFIED",
                "TRACE-QUANTITY-MISSING", "TRACE-UNKNOWN-ID",
            ])
        #expect(declarations.allSatisfy { $0.module == "Traceability" && $0.kind == .finding })
        #expect(declarations.allSatisfy { !$0.summary.isEmpty && !$0.summary.contains("\n") })
        // What a trace cannot go on from is an error; what it can count around is a warning.
        #expect(declarations.filter { $0.severity == .error }.map(\.id) == ["TRACE-CYCLE", "TRACE-UNKNOWN-ID"])
    }
}
