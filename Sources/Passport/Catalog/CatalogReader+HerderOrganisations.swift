import Diagnostics
import JSONCore

/// Reading the catalogue's herder organisations, and checking that what they name is in the catalogue.
extension CatalogReader {
    static func readHerderOrganisation(_ reader: JSONFieldReader) -> HerderOrganisation? {
        let party = reader.string("party")
        let facility = reader.string("facility")
        let identifiers = reader.array("identifiers", required: false).compactMap(readRegistration)
        let group = reader.member("pastureUserGroup", required: false).flatMap(readPastureUserGroup)
        let households = reader.member("households", required: false).flatMap { households -> Sourced<Int>? in
            let count = readCount(households, "count")
            let source = readSource(households)
            guard let count, let source else { return nil }
            return Sourced(count, source: source)
        }
        let herd = reader.array("herd", required: false).compactMap(readHerdCount)
        let monitoring = reader.array("rangelandMonitoring", required: false).compactMap(readAssessment)
        let audits = reader.array("welfareAudits", required: false).compactMap(readWelfareAudit)
        guard let party, let facility else { return nil }
        return HerderOrganisation(
            party: party, facility: facility, identifiers: identifiers, pastureUserGroup: group, households: households, herd: herd,
            rangelandMonitoring: monitoring, welfareAudits: audits, certificates: reader.strings("certificates", required: false))
    }

    /// Reports each organisation whose party, facility or certificates the catalogue lacks, whose
    /// certificates another party holds, or whose party an earlier organisation has.
    static func checkHerderReferences(of catalog: Catalog, at root: JSONFieldReader) {
        var seen: Set<String> = []
        for (index, organisation) in catalog.herderOrganisations.enumerated() {
            let pointer = root.pointer.appending("herderOrganisations").appending(index)
            func report(_ message: String, at tokens: [String]) {
                let location = SourceLocation(file: root.file, pointer: JSONPointer(tokens: pointer.tokens + tokens).description)
                root.sink.add(.error(CatalogRule.herderReference, message, at: location))
            }
            if catalog.party(organisation.party) == nil {
                report("the party \(organisation.party) is not a party of the catalogue", at: ["party"])
            } else if !seen.insert(organisation.party).inserted {
                report("the party \(organisation.party) is already a herder organisation's", at: ["party"])
            }
            if catalog.facility(organisation.facility) == nil {
                report("the facility \(organisation.facility) is not a facility of the catalogue", at: ["facility"])
            }
            for (position, id) in organisation.certificates.enumerated() {
                guard let certificate = catalog.certificate(id) else {
                    report("the certificate \(id) is not a certificate of the catalogue", at: ["certificates", String(position)])
                    continue
                }
                if certificate.holder != organisation.party {
                    report(
                        "the certificate \(certificate.number) is held by \(certificate.holder), not by the organisation",
                        at: ["certificates", String(position)])
                }
            }
        }
    }

    private static func readRegistration(_ reader: JSONFieldReader) -> HerderRegistration? {
        let scheme = reader.string("scheme")
        let value = reader.string("value")
        let source = readSource(reader)
        guard let scheme, let value, let source else { return nil }
        return HerderRegistration(scheme: scheme, value: value, source: source)
    }

    private static func readPastureUserGroup(_ reader: JSONFieldReader) -> PastureUserGroup? {
        let name = reader.string("name")
        let agreement = reader.member("agreement", required: false).flatMap { agreement -> PastureAgreement? in
            let number = agreement.string("number")
            let soum = agreement.string("soum")
            let validFrom = readDate(agreement, "validFrom")
            let validUntil = agreement.member("validUntil", required: false) == nil ? nil : readDate(agreement, "validUntil")
            guard let number, let soum, let validFrom else { return nil }
            if let validUntil, validUntil < validFrom {
                agreement.sink.add(
                    .error(
                        CatalogRule.herderValue, "the agreement \(number) ends (\(validUntil)) before it starts (\(validFrom))",
                        at: agreement.location("validUntil")))
            }
            return PastureAgreement(number: number, soum: soum, validFrom: validFrom, validUntil: validUntil)
        }
        let source = readSource(reader)
        guard let name, let source else { return nil }
        return PastureUserGroup(name: name, agreement: agreement, source: source)
    }

    private static func readHerdCount(_ reader: JSONFieldReader) -> HerdCount? {
        let species = readChoice(reader, "species", as: LivestockSpecies.self)
        let head = readCount(reader, "head")
        let sheepUnits = reader.number("sheepUnits", required: false)
        let source = readSource(reader)
        guard let species, let head, let source else { return nil }
        return HerdCount(species: species, head: head, declaredSheepUnits: sheepUnits, source: source)
    }

    private static func readAssessment(_ reader: JSONFieldReader) -> RangelandAssessment? {
        let date = readDate(reader, "date")
        let method = reader.string("method")
        let body = reader.string("body")
        let recoveryClass = readChoice(reader, "recoveryClass", as: RecoveryClass.self)
        let source = reader.string("source")
        guard let date, let method, let body, let recoveryClass, let source else { return nil }
        return RangelandAssessment(
            date: date, method: method, body: body, ecologicalSiteGroup: reader.string("ecologicalSiteGroup", required: false),
            recoveryClass: recoveryClass, stockingRate: reader.number("stockingRate", required: false),
            carryingCapacity: reader.number("carryingCapacity", required: false), ndviAnomaly: reader.number("ndviAnomaly", required: false),
            source: source)
    }

    private static func readWelfareAudit(_ reader: JSONFieldReader) -> WelfareAudit? {
        let date = readDate(reader, "date")
        let body = reader.string("body")
        let result = reader.string("result")
        let source = reader.string("source")
        guard let date, let body, let result, let source else { return nil }
        return WelfareAudit(date: date, body: body, result: result, source: source)
    }

    /// The record's `source` and `date`.
    private static func readSource(_ reader: JSONFieldReader) -> ValueSource? {
        let source = reader.string("source")
        let date = readDate(reader, "date")
        guard let source, let date else { return nil }
        return ValueSource(source: source, date: date)
    }

    /// The whole number, zero or more, at `key`.
    private static func readCount(_ reader: JSONFieldReader, _ key: String) -> Int? {
        guard let number = reader.number(key) else { return nil }
        guard number >= 0, number == number.rounded(), number < 1e15 else {
            reader.sink.add(
                .error(CatalogRule.herderValue, "\(key) is a count: a whole number, zero or more, not \(number)", at: reader.location(key)))
            return nil
        }
        return Int(number)
    }

    /// The value of the list `Choice` named at `key`.
    private static func readChoice<Choice: RawRepresentable & CaseIterable>(_ reader: JSONFieldReader, _ key: String, as: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        guard let text = reader.string(key) else { return nil }
        guard let choice = Choice(rawValue: text) else {
            let known = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            reader.sink.add(.error(CatalogRule.herderValue, "'\(text)' is not one of \(known)", at: reader.location(key)))
            return nil
        }
        return choice
    }
}
