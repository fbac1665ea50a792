import JSONCore

/// The rules every passport must pass: composition arithmetic, known fibre names, origin
/// shares, certificates valid on the check date, and evidence behind every claim.
public enum CoreRules {
    public static let all: [PassportRule] = [compositionSum, componentWeightSum, fibreName, originShares, certificateValidity, claimEvidence]

    /// The pack of these rules.
    public static let pack = RulePack("core", "composition arithmetic, fibre names, origin shares, certificate dates, claim evidence", rules: all)

    /// Fibre percentages of each component add up to 100.
    static let compositionSum = PassportRule("TXT-COMPOSITION-SUM", "the fibre percentages of each component add up to 100") { subject, _ in
        subject.elements(at: PassportSubject.characteristics.appending("components")).compactMap { pointer, component in
            let fibres = component["fibreContent"]?.arrayValue ?? []
            // A component without a composition is the multi-component rule's business.
            guard !fibres.isEmpty else { return nil }
            let total = fibres.compactMap { $0["percent"]?.numberValue?.doubleValue }.reduce(0, +)
            guard abs(total - 100) > 0.001 else { return nil }
            let name = component["componentName"]?.stringValue ?? "component"
            return .init(message: "the fibres of the \(name) add up to \(total.plain)%, not 100%; correct the percentages by weight",
                         pointer: pointer.appending("fibreContent"))
        }
    }

    /// The components' shares of the product's weight add up to 100.
    static let componentWeightSum = PassportRule("TXT-COMPONENT-WEIGHT-SUM", "component weights add up to 100%") { subject, _ in
        let pointer = PassportSubject.characteristics.appending("components")
        let components = subject.elements(at: pointer)
        let total = components.compactMap { $0.1["weightPercent"]?.numberValue?.doubleValue }.reduce(0, +)
        guard !components.isEmpty, abs(total - 100) > 0.001 else { return [] }
        return [.init(message: "the components make up \(total.plain)% of the weight, not 100%", pointer: pointer)]
    }

    /// Every fibre is one of the names of Regulation (EU) 1007/2011 Annex I.
    static let fibreName = PassportRule("TXT-FIBRE-NAME", "fibre names come from Regulation (EU) 1007/2011 Annex I") { subject, context in
        subject.elements(at: PassportSubject.characteristics.appending("components")).flatMap { pointer, _ in
            subject.elements(at: pointer.appending("fibreContent")).compactMap { fibrePointer, fibre in
                guard let key = fibre["fibre"]?.stringValue, context.fibreNames.entries[key] == nil else { return nil }
                return .init(message: "'\(key)' is not a textile fibre name of Regulation (EU) 1007/2011 Annex I",
                             pointer: fibrePointer.appending("fibre"))
            }
        }
    }

    /// Origin mass fractions add up to the traced share, which is at most 1.
    static let originShares = PassportRule("TRACE-ORIGIN-SHARES", "origin shares add up to the traced share of the fibre") { subject, _ in
        let origins = subject.elements(at: PassportSubject.subject.appending("materialsProvenance"))
        let total = origins.compactMap { $0.1["massFraction"]?.numberValue?.doubleValue }.reduce(0, +)
        let tracedPointer = PassportSubject.subject.appending("tracedMassFraction")
        guard let traced = subject.value(at: tracedPointer)?.numberValue?.doubleValue else { return [] }
        guard abs(total - traced) > 0.0001 || traced > 1.0001 else { return [] }
        return [.init(message: "the origins' mass fractions add up to \(total.plain), but the traced share is \(traced.plain)",
                      pointer: tracedPointer)]
    }

    /// Every certificate is valid on the check date.
    static let certificateValidity = PassportRule("CERT-NOT-VALID", "every certificate is valid on the check date") { subject, context in
        subject.elements(at: PassportSubject.subject.appending("certificates")).compactMap { pointer, certificate in
            let number = certificate["certificateNumber"]?.stringValue ?? "?"
            guard let from = certificate["certifiedFrom"]?.stringValue.flatMap({ CalendarDate($0) }),
                  let until = certificate["certifiedUntil"]?.stringValue.flatMap({ CalendarDate($0) })
            else {
                return .init(message: "certificate \(number) has no valid dates", pointer: pointer)
            }
            if context.date < from {
                return .init(message: "certificate \(number) is not valid before \(from) (checked on \(context.date))",
                             pointer: pointer.appending("certifiedFrom"))
            }
            if until < context.date {
                return .init(message: "certificate \(number) expired on \(until) (checked on \(context.date)); renew it or remove the claim",
                             pointer: pointer.appending("certifiedUntil"))
            }
            return nil
        }
    }

    /// Every product claim has evidence.
    static let claimEvidence = PassportRule("CLAIM-NO-EVIDENCE", "every claim links to evidence") { subject, _ in
        subject.elements(at: PassportSubject.subject.appending("productClaims")).compactMap { pointer, claim in
            guard claim["evidenceRefs"]?.arrayValue?.isEmpty ?? true else { return nil }
            let text = claim["claimText"]?.stringValue ?? "a claim"
            return .init(message: "the claim '\(text)' has no evidence; link a certificate or a test report",
                         pointer: pointer.appending("evidenceRefs"))
        }
    }
}
