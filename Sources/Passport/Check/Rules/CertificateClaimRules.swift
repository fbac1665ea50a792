/// Certificates and claims: every certificate cited is listed, held by a party of the trace and
/// scoped to the fibre it is cited for; no generic environmental claim without a recognised
/// certificate (Directive (EU) 2024/825); no emissions claim without the method of its figures.
/// Dates and evidence are in ``CoreRules``.
public enum CertificateClaimRules {
    public static let pack = RulePack(
        "certificates-claims", "certificates held in the chain and scoped to their fibre; no generic claims",
        rules: [
            unlisted, holder, scope, genericClaim, emissionsMethod,
        ])

    /// Every certificate an origin cites is listed among the passport's certificates.
    static let unlisted = PassportRule("CERT-UNLISTED", "every certificate an origin cites is listed with its details") { passport, context in
        let listed = context.certificatesByURL(of: passport)
        // By index, each origin's citations read in place: an origin taken whole is a copy of its texts.
        var findings: [PassportRule.Finding] = []
        for origin in passport.origins.indices {
            for (reference, url) in passport.origins[origin].certificateIDs.enumerated() {
                guard let url, !listed.contains(url) else { continue }
                findings.append(
                    .init(
                        "the origin cites certificate \(url), which is not among the passport's certificates; list it with its scheme, holder and dates",
                        at: .originCertificate(origin: origin, reference: reference)))
            }
        }
        return findings
    }

    /// Every certificate is held by a party that appears in the product's trace.
    static let holder = PassportRule("CERT-HOLDER", "every certificate is held by a party in the product's trace") { passport, _ in
        let parties = passport.partiesInTrace
        // By index, each certificate's fields read in place (a certificate taken whole is a copy).
        return passport.certificates.indices.compactMap { index -> PassportRule.Finding? in
            guard let holder = passport.certificates[index].holder, !parties.contains(holder), !parties.contains(Passport.gln(of: holder)) else {
                return nil
            }
            return .init(
                "certificate \(passport.certificates[index].number ?? "?") is held by \(holder), who appears nowhere in this product's trace; a certificate only backs what its holder did",
                at: .certificate(index, .holder))
        }
    }

    /// Every certificate an origin cites covers that origin's fibre.
    static let scope = PassportRule("CERT-SCOPE", "a certificate cited for a fibre covers that fibre") { passport, context in
        let listed = context.certificatesByURL(of: passport)
        return passport.origins.indices.flatMap { origin -> [PassportRule.Finding] in
            guard let fibre = passport.origins[origin].fibre else { return [] }
            return passport.origins[origin].certificateIDs.enumerated().compactMap { reference, url -> PassportRule.Finding? in
                guard let url, let certificate = listed[url] else { return nil }
                let fibres = certificate.fibres.compactMap { $0 }
                guard !fibres.contains(fibre) else { return nil }
                return .init(
                    "certificate \(certificate.number ?? url) covers \(fibres.isEmpty ? "no fibre" : fibres.joined(separator: ", ")), not the \(fibre) it is cited for",
                    at: .originCertificate(origin: origin, reference: reference))
            }
        }
    }

    /// Generic environmental claims ("eco-friendly", "sustainable"...) rest on a listed
    /// certificate, in every field of the passport that makes a claim: a product claim or a
    /// conformity claim rests on its evidence; the product's name and description, its label
    /// text and label statements cite none, so a generic claim there is never backed.
    static let genericClaim = PassportRule("CLAIM-GENERIC", "generic environmental claims rest on a recognised certificate (Directive 2024/825)") {
        passport, context in
        let listed = context.certificatesByURL(of: passport)
        let claims = passport.claims.enumerated().compactMap { index, claim -> PassportRule.Finding? in
            guard let text = claim.text, let term = ClaimText.genericTerm(in: text) else { return nil }
            let evidence = claim.evidence.compactMap { $0 }
            // A claim without any evidence is reported by CLAIM-NO-EVIDENCE.
            guard !evidence.isEmpty, !evidence.contains(where: { listed[$0] != nil }) else { return nil }
            return .init(
                "the claim '\(text)' is a generic environmental claim ('\(term)'); without a recognised certification it is banned in the EU (Directive 2024/825): cite the certificate or drop the claim",
                at: .claim(index, .text))
        }
        let conformity = passport.conformityClaims.enumerated().compactMap { index, claim -> PassportRule.Finding? in
            guard let text = claim.description, let term = ClaimText.genericTerm(in: text) else { return nil }
            guard claim.evidence?.url.flatMap({ listed[$0] }) == nil else { return nil }
            return .init(
                "the conformity claim '\(text)' is a generic environmental claim ('\(term)') and its evidence is not a listed certificate; without a recognised certification it is banned in the EU (Directive 2024/825): cite the certificate or drop the claim",
                at: .conformityClaim(index, .description))
        }
        let described: [(String, String?, PassportField, ClaimText.Field)] =
            [
                ("product name", passport.product.name, .product(.name), .descriptive),
                ("product description", passport.product.description, .product(.description), .descriptive),
                ("label text", passport.product.labelText, .product(.labelText), .label),
            ] + passport.product.labelStatements.map { ("label statement", $0, .product(.labelStatements), .label) }
        let unbacked = described.compactMap { place, text, field, kind -> PassportRule.Finding? in
            guard let text, let term = ClaimText.genericTerm(in: text, kind) else { return nil }
            return .init(
                "the \(place) '\(text)' makes a generic environmental claim ('\(term)') that cites no evidence; it is banned in the EU without a recognised certification (Directive 2024/825): make it a product claim that cites the certificate, or drop it",
                at: field)
        }
        return claims + conformity + unbacked
    }

    /// An emissions claim rests on figures whose method is stated: a product claim about
    /// greenhouse gases, carbon or the climate needs the passport's footprint, and every stage
    /// of a footprint names the method its figure was worked out by.
    static let emissionsMethod = PassportRule(
        "CLAIM-EMISSIONS-METHOD", "an emissions claim rests on a footprint whose every figure states its method"
    ) { passport, _ in
        let stages = passport.footprint?.stages ?? []
        let withoutMethod = stages.enumerated().compactMap { index, stage -> PassportRule.Finding? in
            guard (stage.method ?? "").allSatisfy(\.isWhitespace) else { return nil }
            return .init(
                "the footprint's \(stage.stage ?? "stage") at \(stage.facilityName ?? stage.facility ?? "an unnamed facility") states no method; an emissions figure without its method (IPCC tier, GHG Protocol, ISO 14067...) cannot be checked: state it or leave the stage out",
                at: .footprintStage(index, .method))
        }
        let claims = passport.claims.enumerated().compactMap { index, claim -> PassportRule.Finding? in
            guard let text = claim.text, let term = ClaimText.emissionsTerm(in: text), stages.isEmpty else { return nil }
            return .init(
                "the claim '\(text)' speaks of emissions ('\(term)') but the passport gives no footprint whose stages state their method; declare the emissions of the trace's facilities with their method in the catalogue, or drop the claim",
                at: .claim(index, .text))
        }
        return withoutMethod + claims
    }
}
