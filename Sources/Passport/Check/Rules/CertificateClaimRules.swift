import JSONCore

/// Certificates and claims: every certificate cited is listed, held by a party of the trace and
/// scoped to the fibre it is cited for; no generic environmental claim without a recognised
/// certificate (Directive (EU) 2024/825). Dates and evidence are in ``CoreRules``.
public enum CertificateClaimRules {
    public static let pack = RulePack("certificates-claims", "certificates held in the chain and scoped to their fibre; no generic claims", rules: [
        unlisted, holder, scope, genericClaim,
    ])

    /// Every certificate an origin cites is listed among the passport's certificates.
    static let unlisted = PassportRule("CERT-UNLISTED", "every certificate an origin cites is listed with its details") { subject, _ in
        let listed = subject.certificatesByURL
        return subject.origins.flatMap { pointer, origin in
            subject.elements(at: pointer.appending("certificateRefs")).compactMap { refPointer, ref -> PassportRule.Finding? in
                guard let url = ref.stringValue, listed[url] == nil else { return nil }
                return .init(message: "the origin cites certificate \(url), which is not among the passport's certificates; list it with its scheme, holder and dates",
                             pointer: refPointer)
            }
        }
    }

    /// Every certificate is held by a party that appears in the product's trace.
    static let holder = PassportRule("CERT-HOLDER", "every certificate is held by a party in the product's trace") { subject, _ in
        let parties = partiesInTrace(subject)
        return subject.elements(at: PassportSubject.subject.appending("certificates")).compactMap { pointer, certificate -> PassportRule.Finding? in
            guard let holder = certificate["certificateHolder"]?.stringValue, !parties.contains(holder), !parties.contains(gln(of: holder)) else { return nil }
            let number = certificate["certificateNumber"]?.stringValue ?? "?"
            return .init(message: "certificate \(number) is held by \(holder), who appears nowhere in this product's trace; a certificate only backs what its holder did",
                         pointer: pointer.appending("certificateHolder"))
        }
    }

    /// Every certificate an origin cites covers that origin's fibre.
    static let scope = PassportRule("CERT-SCOPE", "a certificate cited for a fibre covers that fibre") { subject, _ in
        let listed = subject.certificatesByURL
        return subject.origins.flatMap { pointer, origin -> [PassportRule.Finding] in
            guard let fibre = PassportSubject.fibreKey(ofOrigin: origin) else { return [] }
            return subject.elements(at: pointer.appending("certificateRefs")).compactMap { refPointer, ref -> PassportRule.Finding? in
                guard let url = ref.stringValue, let (_, certificate) = listed[url] else { return nil }
                let fibres = certificate["certifiedFibres"]?.arrayValue?.compactMap(\.stringValue) ?? []
                guard !fibres.contains(fibre) else { return nil }
                let number = certificate["certificateNumber"]?.stringValue ?? url
                return .init(message: "certificate \(number) covers \(fibres.isEmpty ? "no fibre" : fibres.joined(separator: ", ")), not the \(fibre) it is cited for",
                             pointer: refPointer)
            }
        }
    }

    /// Generic environmental claims ("eco-friendly", "sustainable"...) rest on a listed certificate.
    static let genericClaim = PassportRule("CLAIM-GENERIC", "generic environmental claims rest on a recognised certificate (Directive 2024/825)") { subject, _ in
        let listed = subject.certificatesByURL
        return subject.elements(at: PassportSubject.subject.appending("productClaims")).compactMap { pointer, claim -> PassportRule.Finding? in
            guard let text = claim["claimText"]?.stringValue, let term = ClaimText.genericTerm(in: text) else { return nil }
            let evidence = claim["evidenceRefs"]?.arrayValue?.compactMap(\.stringValue) ?? []
            // A claim without any evidence is reported by CLAIM-NO-EVIDENCE.
            guard !evidence.isEmpty, !evidence.contains(where: { listed[$0] != nil }) else { return nil }
            return .init(message: "the claim '\(text)' is a generic environmental claim ('\(term)'); without a recognised certification it is banned in the EU (Directive 2024/825): cite the certificate or drop the claim",
                         pointer: pointer.appending("claimText"))
        }
    }

    /// The parties of the product's trace: producers, manufacturer, facilities, importer, issuer.
    static func partiesInTrace(_ subject: PassportSubject) -> Set<String> {
        var parties: Set<String> = []
        func add(_ value: JSONValue?) {
            guard let id = value?.stringValue else { return }
            parties.insert(id)
            parties.insert(gln(of: id))
        }
        for (_, origin) in subject.origins { add(origin["producer"]); add(origin["originLocation"]) }
        for (_, step) in subject.elements(at: PassportSubject.subject.appending("journey")) { add(step["stepLocation"]) }
        add(subject.value(at: PassportSubject.product.appending("producedByParty").appending("id")))
        add(subject.value(at: PassportSubject.product.appending("producedAtFacility").appending("id")))
        add(subject.value(at: PassportSubject.subject.appending("importer").appending("id")))
        for (_, alias) in subject.elements(at: JSONPointer(tokens: ["issuer", "issuerAlsoKnownAs"])) { add(alias["id"]) }
        return parties
    }

    /// The GLN of a party or location Digital Link (`.../417/{gln}` or `.../414/{gln}`), else the text.
    static func gln(of id: String) -> String {
        let parts = id.split(separator: "/")
        guard parts.count >= 2, ["417", "414"].contains(parts[parts.count - 2]) else { return id }
        return String(parts[parts.count - 1])
    }
}

/// Words that make an environmental claim generic.
enum ClaimText {
    static let genericTerms = [
        "eco-friendly", "eco friendly", "ecological", "environmentally friendly", "environment friendly", "earth-friendly",
        "sustainable", "green", "natural", "responsible", "conscious", "climate neutral", "climate-neutral", "carbon neutral",
        "biodegradable", "ethical", "planet-friendly", "nature's friend", "eco",
    ]

    /// The first generic term `text` uses as a word or phrase, if any.
    static func genericTerm(in text: String) -> String? {
        let words = text.lowercased().split { !($0.isLetter || $0 == "-" || $0 == "'") }.map(String.init)
        let joined = " " + words.joined(separator: " ") + " "
        return genericTerms.first { joined.contains(" " + $0 + " ") }
    }
}
