import JSONCore

/// Traceability completeness: the passport states the traced share, enough of the fibre mass
/// is traced to origin lots, each process says what share was verified, and every origin's
/// fibre is one the composition declares. Origin-share arithmetic is in ``CoreRules``.
public enum TraceabilityRules {
    public static let pack = RulePack("traceability", "the fibre mass is traced to origin lots, and the passport says how much", rules: [
        tracedShareStated, coverage, verifiedRatio, originFibre,
    ])

    static let tracedPointer = PassportSubject.subject.appending("tracedMassFraction")

    /// The passport states the share of fibre mass traced to origin lots.
    static let tracedShareStated = PassportRule("TRACE-SHARE-MISSING", "the passport states the traced share of the fibre mass") { subject, _ in
        guard subject.value(at: tracedPointer)?.double == nil else { return [] }
        return [.init(message: "tracedMassFraction is missing; state the share (0 to 1) of the fibre mass traced to origin lots", pointer: tracedPointer)]
    }

    /// At least the profile's share of the fibre mass is traced to origin lots.
    static let coverage = PassportRule("TRACE-COVERAGE", "at least the profile's share (95% by default) of the fibre mass is traced") { subject, context in
        let minimum = context.thresholds.minimumTracedMassFraction
        guard let traced = subject.value(at: tracedPointer)?.double, traced < minimum - 0.000001 else { return [] }
        return [.init(message: "only \(percent(traced)) of the fibre mass is traced to origin lots; the profile asks for \(percent(minimum)): record the missing inputs' events",
                      pointer: tracedPointer)]
    }

    /// Every traceability process states its verified share, from 0 to 1.
    static let verifiedRatio = PassportRule("TRACE-VERIFIED-RATIO", "every process states the share that was verified") { subject, _ in
        let pointer = PassportSubject.subject.appending("traceabilityInformation")
        let processes = subject.elements(at: pointer)
        guard !processes.isEmpty else {
            return [.init(message: "traceabilityInformation is missing; list each value-chain process with its verified ratio and events", pointer: pointer)]
        }
        return processes.compactMap { processPointer, process -> PassportRule.Finding? in
            if let ratio = process["verifiedRatio"]?.double, (0...1).contains(ratio) { return nil }
            let name = process["valueChainProcess"]?.stringValue ?? "a process"
            return .init(message: "\(name) has no verifiedRatio from 0 to 1; say what share of it was verified", pointer: processPointer.appending("verifiedRatio"))
        }
    }

    /// Every origin's fibre is one the composition declares.
    static let originFibre = PassportRule("TRACE-ORIGIN-FIBRE", "every origin's fibre appears in the composition") { subject, context in
        let composed = subject.composedFibres
        // With an unknown fibre name in the composition the match cannot be judged (TXT-FIBRE-NAME says so).
        guard composed.allSatisfy({ context.fibreNames.entries[$0] != nil }) else { return [] }
        return subject.origins.compactMap { pointer, origin -> PassportRule.Finding? in
            guard let fibre = PassportSubject.fibreKey(ofOrigin: origin), !composed.contains(fibre) else { return nil }
            return .init(message: "an origin lot supplies \(fibre), which the composition does not declare (\(composed.joined(separator: ", ")))",
                         pointer: pointer.appending("materialType"))
        }
    }

    private static func percent(_ fraction: Double) -> String {
        let value = (fraction * 1000).rounded() / 10
        return (value == value.rounded() ? String(Int(value)) : String(value)) + "%"
    }
}
