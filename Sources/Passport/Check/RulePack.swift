/// A named group of passport rules that a profile switches on or off as a whole.
public struct RulePack: Sendable {
    /// The stable name profiles use (`eu-textile-labelling`, `espr-data`...).
    public let id: String
    /// One line saying what the pack checks.
    public let summary: String
    public let rules: [PassportRule]

    init(_ id: String, _ summary: String, rules: [PassportRule]) {
        self.id = id
        self.summary = summary
        self.rules = rules
    }

    /// Every pack this build knows, in the order their rules run.
    public static let all: [RulePack] = [
        CoreRules.pack, TextileLabellingRules.pack, ESPRDataRules.pack, CertificateClaimRules.pack,
        IdentifierRules.pack, TraceabilityRules.pack, USCashmereRules.pack, ResponsibleNomadsRules.pack,
    ]

    /// The pack called `id`, if any.
    public static func named(_ id: String) -> RulePack? { all.first { $0.id == id } }
}
