/// The rules every passport must pass: composition arithmetic, known fibre names, origin
/// shares, certificates valid on the check date, and evidence behind every claim.
public enum CoreRules {
    public static let all: [PassportRule] = [compositionSum, componentWeightSum, fibreName, originShares, certificateValidity, claimEvidence]

    /// The pack of these rules.
    public static let pack = RulePack("core", "composition arithmetic, fibre names, origin shares, certificate dates, claim evidence", rules: all)

    /// Fibre percentages of each component add up to 100.
    static let compositionSum = PassportRule("TXT-COMPOSITION-SUM", "the fibre percentages of each component add up to 100") { passport, _ in
        passport.product.components.enumerated().compactMap { index, component in
            // A component without a composition is the multi-component rule's business.
            guard !component.fibres.isEmpty else { return nil }
            let total = component.fibres.compactMap(\.percent).reduce(0, +)
            guard abs(total - 100) > 0.001 else { return nil }
            return .init(
                "the fibres of the \(component.name ?? "component") add up to \(total.plain)%, not 100%; correct the percentages by weight",
                at: .component(index, .fibres))
        }
    }

    /// The components' shares of the product's weight add up to 100.
    static let componentWeightSum = PassportRule("TXT-COMPONENT-WEIGHT-SUM", "component weights add up to 100%") { passport, _ in
        let components = passport.product.components
        let total = components.compactMap(\.weightPercent).reduce(0, +)
        guard !components.isEmpty, abs(total - 100) > 0.001 else { return [] }
        return [.init("the components make up \(total.plain)% of the weight, not 100%", at: .product(.components))]
    }

    /// Every fibre is one of the names of Regulation (EU) 1007/2011 Annex I.
    static let fibreName = PassportRule("TXT-FIBRE-NAME", "fibre names come from Regulation (EU) 1007/2011 Annex I") { passport, context in
        passport.placedFibres.compactMap { placed in
            guard let key = placed.fibre.fibre, context.fibreNames.entries[key] == nil else { return nil }
            return .init(
                "'\(key)' is not a textile fibre name of Regulation (EU) 1007/2011 Annex I",
                at: .fibre(component: placed.component, fibre: placed.index, .fibre))
        }
    }

    /// Origin mass fractions add up to the traced share, which is at most 1.
    static let originShares = PassportRule("TRACE-ORIGIN-SHARES", "origin shares add up to the traced share of the fibre") { passport, _ in
        let total = passport.origins.compactMap(\.massFraction).reduce(0, +)
        guard let traced = passport.tracedMassFraction else { return [] }
        guard abs(total - traced) > 0.0001 || traced > 1.0001 else { return [] }
        return [.init("the origins' mass fractions add up to \(total.plain), but the traced share is \(traced.plain)", at: .tracedMassFraction)]
    }

    /// Every certificate is valid on the check date.
    static let certificateValidity = PassportRule("CERT-NOT-VALID", "every certificate is valid on the check date") { passport, context in
        passport.certificates.enumerated().compactMap { index, certificate in
            let number = certificate.number ?? "?"
            guard let from = certificate.validFrom, let until = certificate.validUntil else {
                return .init("certificate \(number) has no valid dates", at: .certificate(index))
            }
            if context.date < from {
                return .init("certificate \(number) is not valid before \(from) (checked on \(context.date))", at: .certificate(index, .validFrom))
            }
            if until < context.date {
                return .init(
                    "certificate \(number) expired on \(until) (checked on \(context.date)); renew it or remove the claim",
                    at: .certificate(index, .validUntil))
            }
            return nil
        }
    }

    /// Every product claim has evidence.
    static let claimEvidence = PassportRule("CLAIM-NO-EVIDENCE", "every claim links to evidence") { passport, _ in
        passport.claims.enumerated().compactMap { index, claim in
            guard claim.evidence.isEmpty else { return nil }
            return .init("the claim '\(claim.text ?? "a claim")' has no evidence; link a certificate or a test report", at: .claim(index, .evidence))
        }
    }
}
