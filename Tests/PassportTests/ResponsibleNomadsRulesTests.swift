import Testing

@testable import Passport

/// The responsible-nomads profile: the share of wool and animal hair from groups with a valid
/// Responsible Nomads certificate, their monitoring's age, and who holds an origin's certificates.
@Suite struct ResponsibleNomadsRulesTests {
    static let bayanUul = "https://id.gs1.org/417/9521234001027"
    static let altaiOvoo = "https://id.gs1.org/417/9521234001195"
    static let day = CalendarDate("2026-09-01")!

    /// An origin of `fibre` with `share` of the mass from `producer`, certified Responsible Nomads
    /// until `until` for `certified` fibres, last monitored on `assessed`.
    static func origin(
        _ fibre: String, _ share: Double, by producer: String, certifiedUntil until: String? = nil, for certified: [String] = ["cashmere"],
        assessed: String? = "2025-08-14"
    ) -> Passport.Origin {
        var origin = Passport.Origin()
        origin.materialType = Passport.Classification(code: fibre, schemeID: Passport.Origin.fibreScheme.id)
        origin.massFraction = share
        origin.producer = producer
        if let until {
            origin.herderCertifications = [
                Passport.HerderCertification(
                    id: "https://certs.example.org/rn/1", scheme: "Responsible Nomads", fibres: certified, validUntil: CalendarDate(until))
            ]
        }
        origin.rangelandStatus = assessed.map { Passport.RangelandStatus(assessedOn: CalendarDate($0), recoveryClass: "II", source: "report") }
        return origin
    }

    static func passport(_ origins: [Passport.Origin], claim: String? = "Responsible Nomads cashmere from certified herder groups") -> Passport {
        var passport = Passport()
        passport.origins = origins
        passport.claims = claim.map { [Passport.Claim(text: $0, kind: "environmental", evidence: [])] } ?? []
        return passport
    }

    static func findings(_ rule: PassportRule, _ passport: Passport, on date: CalendarDate = day, minimum: Double = 0.9) -> [String] {
        var thresholds = ProfileThresholds()
        thresholds.responsibleNomadsMinimumFraction = minimum
        return rule.check(passport, CheckContext(date: date, thresholds: thresholds)).map(\.message)
    }

    @Test func theProfileIsEUTextilePlusTheResponsibleNomadsPackWithItsFigures() throws {
        let profile = try ValidationProfile.builtIn("responsible-nomads")
        let eu = try ValidationProfile.builtIn("eu-textile")
        #expect(profile.packs.map(\.id) == eu.packs.map(\.id) + ["responsible-nomads"])
        #expect(profile.thresholds.responsibleNomadsMinimumFraction == 0.9)
        #expect(profile.thresholds.rangelandMonitoringMaxAgeDays == 1095)
        #expect(profile.rules.map(\.id).suffix(3) == ["RN-CERTIFIED-SHARE", "RN-MONITORING-AGE", "CERT-ORIGIN-HOLDER"])
    }

    @Test func ninetyPercentFromCertifiedGroupsPassesAndLessFails() {
        // Cashmere 0.6 certified + 0.3 certified of 1.0 of animal hair: 90%, enough.
        let enough = Self.passport([
            Self.origin("cashmere", 0.6, by: Self.bayanUul, certifiedUntil: "2029-02-28"),
            Self.origin("cashmere", 0.3, by: Self.bayanUul, certifiedUntil: "2029-02-28"),
            Self.origin("cashmere", 0.1, by: Self.altaiOvoo),
        ])
        #expect(Self.findings(ResponsibleNomadsRules.certifiedShare, enough).isEmpty)
        // 0.6 of 0.8 of animal hair (the silk's 0.2 does not count): 75%, too little.
        let short = Self.passport([
            Self.origin("cashmere", 0.6, by: Self.bayanUul, certifiedUntil: "2029-02-28"),
            Self.origin("cashmere", 0.2, by: Self.altaiOvoo),
            Self.origin("silk", 0.2, by: "https://id.gs1.org/417/9524321000170"),
        ])
        let findings = Self.findings(ResponsibleNomadsRules.certifiedShare, short)
        #expect(findings.count == 1)
        #expect(findings.first?.contains("75% of its wool and animal hair") == true, "\(findings)")
        #expect(findings.first?.contains("at least 90%") == true)
        // Without the claim, nothing is asked.
        #expect(Self.findings(ResponsibleNomadsRules.certifiedShare, Self.passport(short.origins, claim: nil)).isEmpty)
    }

    @Test func anExpiredCertificateOrOneForAnotherFibreDoesNotCount() {
        let expired = Self.passport([Self.origin("cashmere", 1, by: Self.bayanUul, certifiedUntil: "2026-08-31")])
        #expect(Self.findings(ResponsibleNomadsRules.certifiedShare, expired).first?.contains("0% of its wool") == true)
        let otherFibre = Self.passport([Self.origin("cashmere", 1, by: Self.bayanUul, certifiedUntil: "2029-02-28", for: ["yak"])])
        #expect(Self.findings(ResponsibleNomadsRules.certifiedShare, otherFibre).count == 1)
        // The last valid day counts.
        let lastDay = Self.passport([Self.origin("cashmere", 1, by: Self.bayanUul, certifiedUntil: "2026-09-01")])
        #expect(Self.findings(ResponsibleNomadsRules.certifiedShare, lastDay).isEmpty)
    }

    @Test func aClaimWithoutAnyAnimalHairFails() {
        let silk = Self.passport([Self.origin("silk", 1, by: "https://id.gs1.org/417/9524321000170")])
        #expect(Self.findings(ResponsibleNomadsRules.certifiedShare, silk).first?.contains("none of its traced fibre") == true)
    }

    @Test func monitoringOlderThan1095DaysFails() {
        // 2025-08-14 to 2028-08-13 is 365 + 365 + 365 days (2028-02-29 falls in the last year): 1095, allowed; a day later, 1096.
        let passport = Self.passport([Self.origin("cashmere", 1, by: Self.bayanUul, certifiedUntil: "2029-02-28")])
        var thresholds = ProfileThresholds()
        thresholds.rangelandMonitoringMaxAgeDays = 1095
        #expect(ResponsibleNomadsRules.monitoringAge.check(passport, CheckContext(date: CalendarDate("2028-08-13")!, thresholds: thresholds)).isEmpty)
        let late = ResponsibleNomadsRules.monitoringAge.check(passport, CheckContext(date: CalendarDate("2028-08-14")!, thresholds: thresholds))
        #expect(
            late.map(\.message) == [
                "\(Self.bayanUul)'s pastures were last assessed on 2025-08-14, 1096 days before 2028-08-14: older than the 1095 days the profile allows"
            ])
        #expect(late.first?.field == .origin(0, .producer))
    }

    @Test func aCertifiedGroupWithoutAReportFailsAnUncertifiedOneIsNotAsked() {
        let passport = Self.passport([
            Self.origin("cashmere", 0.9, by: Self.bayanUul, certifiedUntil: "2029-02-28", assessed: nil),
            Self.origin("cashmere", 0.1, by: Self.altaiOvoo, assessed: nil),
        ])
        #expect(
            Self.findings(ResponsibleNomadsRules.monitoringAge, passport) == [
                "\(Self.bayanUul) has no rangeland monitoring report, which a Responsible Nomads claim needs"
            ])
    }

    @Test func aCertificateCitedForAnOriginIsHeldByItsProducer() {
        var origin = Self.origin("cashmere", 1, by: Self.bayanUul)
        origin.certificateIDs = ["https://certs.example.org/sfa/1", "https://certs.example.org/sfa/2"]
        var passport = Self.passport([origin], claim: nil)
        passport.certificates = [
            Passport.Certificate(id: "https://certs.example.org/sfa/1", number: "SFA-1", holder: "https://id.gs1.org/417/9521234001027"),
            Passport.Certificate(id: "https://certs.example.org/sfa/2", number: "SFA-2", holder: Self.altaiOvoo),
        ]
        let findings = ResponsibleNomadsRules.originHolder.check(passport, CheckContext(date: Self.day))
        #expect(
            findings.map(\.message) == [
                "certificate SFA-2 is held by \(Self.altaiOvoo), not by \(Self.bayanUul), who produced the origin it is cited for"
            ])
        #expect(findings.first?.field == .originCertificate(origin: 0, reference: 1))
    }
}
