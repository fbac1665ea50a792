/// The Responsible Nomads rules (MNS 6891:2020): a passport that claims Responsible Nomads takes
/// the profile's share of its wool and animal hair from herder groups whose Responsible Nomads
/// certificate is valid on the day and covers the fibre, each with a recent rangeland monitoring
/// report; and every certificate cited for an origin is held by that origin's producer.
public enum ResponsibleNomadsRules {
    public static let pack = RulePack(
        "responsible-nomads", "the Responsible Nomads claim and the herder groups behind each origin",
        rules: [certifiedShare, monitoringAge, originHolder])

    /// The scheme's name, as certificates and claims write it.
    static let scheme = "Responsible Nomads"

    /// A Responsible Nomads claim has the profile's share of wool and animal hair from certified groups.
    static let certifiedShare = PassportRule(
        "RN-CERTIFIED-SHARE", "a Responsible Nomads claim has the profile's share of wool and animal hair from certified herder groups"
    ) { passport, context in
        guard let claim = responsibleNomadsClaim(passport) else { return [] }
        let herded = passport.origins.filter { isWoolOrAnimalHair($0, context) }
        let total = herded.reduce(0) { $0 + ($1.massFraction ?? 0) }
        let certified = herded.filter { isCertified($0, on: context.date) }.reduce(0) { $0 + ($1.massFraction ?? 0) }
        let minimum = context.thresholds.responsibleNomadsMinimumFraction
        guard total > 0 else {
            return [
                .init(
                    "the product claims Responsible Nomads but none of its traced fibre is wool or animal hair from a herder group", at: .claim(claim)
                )
            ]
        }
        let share = certified / total
        guard share < minimum - 1e-9 else { return [] }
        return [
            .init(
                "the product claims Responsible Nomads but \((share * 100).plain)% of its wool and animal hair comes from herder groups with a Responsible Nomads certificate valid on \(context.date) that covers the fibre; the profile asks for at least \((minimum * 100).plain)%",
                at: .claim(claim))
        ]
    }

    /// Each certified group behind a Responsible Nomads claim has a recent rangeland monitoring report.
    static let monitoringAge = PassportRule(
        "RN-MONITORING-AGE", "a Responsible Nomads group's rangeland monitoring is no older than the profile allows"
    ) { passport, context in
        guard responsibleNomadsClaim(passport) != nil else { return [] }
        let maximum = context.thresholds.rangelandMonitoringMaxAgeDays
        return passport.origins.enumerated().compactMap { index, origin -> PassportRule.Finding? in
            guard isCertified(origin, on: context.date) else { return nil }
            let group = origin.producerName ?? origin.producer ?? "the herder group"
            guard let assessed = origin.rangelandStatus?.assessedOn else {
                return .init("\(group) has no rangeland monitoring report, which a Responsible Nomads claim needs", at: .origin(index, .producer))
            }
            let age = assessed.days(until: context.date)
            guard Double(age) > maximum else { return nil }
            return .init(
                "\(group)'s pastures were last assessed on \(assessed), \(age) days before \(context.date): older than the \(maximum.plain) days the profile allows",
                at: .origin(index, .producer))
        }
    }

    /// Every certificate an origin cites is held by that origin's producer (its herder group or supplier).
    static let originHolder = PassportRule(
        "CERT-ORIGIN-HOLDER", "a certificate cited for an origin is held by that origin's herder group or supplier"
    ) { passport, context in
        let listed = context.certificatesByURL(of: passport)
        return passport.origins.enumerated().flatMap { index, origin -> [PassportRule.Finding] in
            guard let producer = origin.producer else { return [] }
            return origin.certificateIDs.enumerated().compactMap { reference, url -> PassportRule.Finding? in
                guard let url, let certificate = listed[url], let holder = certificate.holder, Passport.gln(of: holder) != Passport.gln(of: producer)
                else { return nil }
                return .init(
                    "certificate \(certificate.number ?? url) is held by \(holder), not by \(origin.producerName ?? producer), who produced the origin it is cited for",
                    at: .originCertificate(origin: index, reference: reference))
            }
        }
    }

    /// The index of the product claim that names Responsible Nomads, if any.
    static func responsibleNomadsClaim(_ passport: Passport) -> Int? {
        passport.claims.firstIndex { $0.text?.lowercased().contains(scheme.lowercased()) == true }
    }

    /// Whether the origin's fibre is wool or animal hair (Reg. (EU) 1007/2011 Annex I entries 1 to 3), which herds give.
    static func isWoolOrAnimalHair(_ origin: Passport.Origin, _ context: CheckContext) -> Bool {
        guard let fibre = origin.fibre, let entry = context.fibreNames.entries[fibre] else { return false }
        return (1...3).contains(entry.annexEntry)
    }

    /// Whether the origin's herder group holds a Responsible Nomads certificate valid on `date` that covers its fibre.
    static func isCertified(_ origin: Passport.Origin, on date: CalendarDate) -> Bool {
        origin.herderCertifications.contains { certification in
            certification.scheme == scheme && certification.validUntil.map { $0 >= date } == true
                && certification.fibres.contains(origin.fibre)
        }
    }
}
