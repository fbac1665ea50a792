import Diagnostics
import Traceability

/// Which findings stop publishing even though the stage that found them calls them warnings.
///
/// The readers and the trace report what they see; `validate`-style tools may go on. A
/// published passport would claim an origin or a lot the events do not show, so generating
/// treats these as errors.
public enum PublishingPolicy {
    /// The rules whose findings are errors when generating passports.
    public static let blockingRules: Set<String> = Set([
        EPCISRule.identifier.id,  // an identifier that is not GS1: its lot would silently get no passport
        TraceRule.noOrigin.id, TraceRule.cycle.id, TraceRule.unknownID.id, TraceRule.massGain.id,
    ])

    /// `diagnostic`, as an error when its rule blocks publishing.
    public static func escalated(_ diagnostic: Diagnostic) -> Diagnostic {
        guard blockingRules.contains(diagnostic.ruleID), diagnostic.severity != .error else { return diagnostic }
        var escalated = diagnostic
        escalated.severity = .error
        return escalated
    }
}
