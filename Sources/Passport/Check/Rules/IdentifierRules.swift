import GS1
import JSONCore

/// Identifiers, through the `GS1` module: GTIN and GLN check digits, valid Digital Links, and a
/// product identifier that matches the passport's data and its declared granularity.
public enum IdentifierRules {
    public static let pack = RulePack("identifiers", "GS1 keys and Digital Links are valid and match the declared granularity", rules: [
        gtin, gln, digitalLink, linkMatch, granularity,
    ])

    /// The product's GTIN is a valid GTIN.
    static let gtin = PassportRule("ID-GTIN", "the product's GTIN is valid (length, digits, check digit)") { subject, _ in
        let pointer = PassportSubject.product.appending("registeredId")
        guard let text = subject.value(at: pointer)?.stringValue, !text.isEmpty else { return [] }
        do throws(GS1Error) { _ = try GTIN(text) } catch { return [.init(message: "GTIN \(text): \(error.message)", pointer: pointer)] }
        return []
    }

    /// The GLN of every party and facility is a valid GLN.
    static let gln = PassportRule("ID-GLN", "every party's and facility's GLN is valid") { subject, _ in
        let parties = [
            PassportSubject.product.appending("producedByParty"), PassportSubject.product.appending("producedAtFacility"),
            PassportSubject.subject.appending("importer"),
        ] + subject.elements(at: JSONPointer(tokens: ["issuer", "issuerAlsoKnownAs"])).map(\.0)
        return parties.compactMap { party -> PassportRule.Finding? in
            let pointer = party.appending("registeredId")
            guard let text = subject.value(at: pointer)?.stringValue else { return nil }
            do throws(GS1Error) { _ = try GLN(text) } catch { return .init(message: "GLN \(text): \(error.message)", pointer: pointer) }
            return nil
        }
    }

    /// Every GS1 Digital Link in the passport is valid.
    static let digitalLink = PassportRule("ID-DIGITAL-LINK", "every GS1 Digital Link in the passport is valid") { subject, _ in
        linkPointers(subject).compactMap { pointer -> PassportRule.Finding? in
            guard let uri = subject.value(at: pointer)?.stringValue else { return nil }
            let validation = DigitalLink.validate(uri)
            guard let problem = validation.problems.first else { return nil }
            return .init(message: "\(uri) is not a valid GS1 Digital Link: \(problem.message)", pointer: pointer)
        }
    }

    /// The product's Digital Link carries the passport's GTIN and batch number.
    static let linkMatch = PassportRule("ID-LINK-MISMATCH", "the product identifier carries the passport's GTIN and batch") { subject, _ in
        let pointer = PassportSubject.product.appending("id")
        guard let uri = subject.value(at: pointer)?.stringValue, let link = DigitalLink.validate(uri).link else { return [] }
        var findings: [PassportRule.Finding] = []
        if let registered = subject.value(at: PassportSubject.product.appending("registeredId"))?.stringValue,
           let gtin = try? GTIN(registered), link.gtin != gtin {
            findings.append(.init(message: "the product identifier \(uri) names GTIN \(link.gtin?.gtin14 ?? "none"), but registeredId is \(gtin.gtin14)", pointer: pointer))
        }
        if let batch = subject.value(at: PassportSubject.product.appending("batchNumber"))?.stringValue, let lot = link.lot, lot != batch {
            findings.append(.init(message: "the product identifier \(uri) names lot \(lot), but batchNumber is \(batch)", pointer: pointer))
        }
        return findings
    }

    /// The product identifier identifies what the granularity says: a model, a batch or an item.
    static let granularity = PassportRule("ID-GRANULARITY", "the product identifier matches the declared granularity") { subject, _ in
        let pointer = PassportSubject.product.appending("id")
        guard let level = subject.value(at: PassportSubject.subject.appending("granularityLevel"))?.stringValue,
              let uri = subject.value(at: pointer)?.stringValue, let link = DigitalLink.validate(uri).link, link.gtin != nil else { return [] }
        let matches = switch level {
        case "model": link.lot == nil && link.serial == nil
        case "batch": link.lot != nil && link.serial == nil
        case "item": link.serial != nil
        default: true
        }
        guard !matches else { return [] }
        let needs = ["model": "a GTIN alone", "batch": "a GTIN with a lot (AI 10)", "item": "a GTIN with a serial number (AI 21)"][level] ?? ""
        return [.init(message: "the passport is at \(level) level, so its identifier must be \(needs); \(uri) is not", pointer: pointer)]
    }

    /// Where Digital Links stand: product and subject ids, origin lots, producers and places, journey lots and places.
    static func linkPointers(_ subject: PassportSubject) -> [JSONPointer] {
        var pointers = [PassportSubject.subject.appending("id"), PassportSubject.product.appending("id"),
                        PassportSubject.product.appending("producedByParty").appending("id"),
                        PassportSubject.product.appending("producedAtFacility").appending("id"),
                        PassportSubject.subject.appending("importer").appending("id")]
        for (pointer, _) in subject.origins {
            pointers += ["originLot", "producer", "originLocation"].map { pointer.appending($0) }
        }
        for (pointer, step) in subject.elements(at: PassportSubject.subject.appending("journey")) {
            pointers.append(pointer.appending("stepLocation"))
            for key in ["inputLots", "outputLots"] {
                pointers += (step[key]?.arrayValue ?? []).indices.map { pointer.appending(key).appending($0) }
            }
        }
        return pointers.filter { subject.value(at: $0)?.stringValue?.hasPrefix("http") ?? false }
    }
}
