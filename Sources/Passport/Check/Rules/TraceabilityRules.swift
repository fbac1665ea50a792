/// Traceability completeness: the passport states the traced share, enough of the fibre mass
/// is traced to origin lots, each process says what share was verified, and every origin's
/// fibre is one the composition declares. Origin-share arithmetic is in ``CoreRules``.
public enum TraceabilityRules {
    public static let pack = RulePack(
        "traceability", "the fibre mass is traced to origin lots, and the passport says how much",
        rules: [
            tracedShareStated, coverage, verifiedRatio, originFibre,
        ])

    /// The passport states the share of fibre mass traced to origin lots.
    static let tracedShareStated = PassportRule("TRACE-SHARE-MISSING", "the passport states the traced share of the fibre mass") { passport, _ in
        guard passport.tracedMassFraction == nil else { return [] }
        return [.init("tracedMassFraction is missing; state the share (0 to 1) of the fibre mass traced to origin lots", at: .tracedMassFraction)]
    }

    /// At least the profile's share of the fibre mass is traced to origin lots.
    static let coverage = PassportRule("TRACE-COVERAGE", "at least the profile's share (95% by default) of the fibre mass is traced") {
        passport, context in
        let minimum = context.thresholds.minimumTracedMassFraction
        guard let traced = passport.tracedMassFraction, traced < minimum - 0.000001 else { return [] }
        return [
            .init(
                "only \(percent(traced)) of the fibre mass is traced to origin lots; the profile asks for \(percent(minimum)): record the missing inputs' events",
                at: .tracedMassFraction)
        ]
    }

    /// Every traceability process states its verified share, from 0 to 1.
    static let verifiedRatio = PassportRule("TRACE-VERIFIED-RATIO", "every process states the share that was verified") { passport, _ in
        guard !passport.processes.isEmpty else {
            return [.init("traceabilityInformation is missing; list each value-chain process with its verified ratio and events", at: .processes)]
        }
        return passport.processes.enumerated().compactMap { index, process -> PassportRule.Finding? in
            if let ratio = process.verifiedRatio, (0...1).contains(ratio) { return nil }
            return .init(
                "\(process.process ?? "a process") has no verifiedRatio from 0 to 1; say what share of it was verified",
                at: .process(index, .verifiedRatio))
        }
    }

    /// Every origin's fibre is one the composition declares.
    static let originFibre = PassportRule("TRACE-ORIGIN-FIBRE", "every origin's fibre appears in the composition") { passport, context in
        let composed = passport.composedFibres
        // With an unknown fibre name in the composition the match cannot be judged (TXT-FIBRE-NAME says so).
        guard composed.allSatisfy({ context.fibreNames.entries[$0] != nil }) else { return [] }
        return passport.origins.enumerated().compactMap { index, origin -> PassportRule.Finding? in
            guard let fibre = origin.fibre, !composed.contains(fibre) else { return nil }
            return .init(
                "an origin lot supplies \(fibre), which the composition does not declare (\(composed.joined(separator: ", ")))",
                at: .origin(index, .fibre))
        }
    }

    private static func percent(_ fraction: Double) -> String {
        let value = (fraction * 1000).rounded() / 10
        return (value == value.rounded() ? String(Int(value)) : String(value)) + "%"
    }
}
