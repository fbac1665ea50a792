import Foundation
import JSONCore
import Passport
import Pipeline
import TestSupport
import Testing

/// The last policy: the passport checks of a profile, run on the signed payload, find what
/// `dpp validate` finds in the same passport as JSON-LD, at the same places.
@Suite struct PassportCheckPolicyTests {
    static let lot = "KC-BN-2026-001"
    static let expectedPassport = PackageFolders.expectedFiles.appendingPathComponent("01_09521234000358_10_KC-BN-2026-001_passport.jsonld")

    /// The check of `profile`, on the demo's check date, for validate and verify.
    static func policy(_ name: String = "us-cashmere") throws -> (PassportValidation, PassportCheckPolicy) {
        let (profile, check) = try ProfileLoader.load(name)
        let context = CheckContext(date: GenerationRequest.demoCheckDate, thresholds: profile.thresholds)
        return (PassportValidation(profile: profile, check: check, context: context), PassportCheckPolicy(check: check, context: context))
    }

    /// The demo's issuer publishes its DID document with the site, and the passport's status list.
    @Test func theDemoPassportSignedVerifiesUnderItsProfile() throws {
        let site = try SignedSite()
        defer { site.remove() }
        let (_, policy) = try Self.policy("eu-textile")
        try site.publish(lot: Self.lot, site.sign(try JSONInput.read(Self.expectedPassport.path).get()))
        let report = try site.verify(at: VerificationTime(day: GenerationRequest.demoCheckDate), check: policy)
        #expect(report.validCount == 1, "\(report.text)")
    }

    /// us-cashmere is eu-textile and more, so that every fixture breaks a rule of it (those of the
    /// responsible-nomads pack one of responsible-nomads), in both UNTP versions. The fixtures are the unsigned demo's passports, with the demo issuer and no status.
    @Test(arguments: [PackageFolders.invalidFixtures, PackageFolders.invalidFixtures061])
    func eachInvalidFixtureSignedFailsWithWhatValidateFinds(folder: URL) throws {
        let site = try SignedSite()
        defer { site.remove() }
        let us = try Self.policy()
        let responsibleNomads = try Self.policy("responsible-nomads")
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonld") }
        #expect(fixtures.count > 40)
        for name in fixtures.sorted() {
            let file = folder.appendingPathComponent(name).path
            let rule = try String(contentsOfFile: String(file.dropLast(".jsonld".count)) + ".rule", encoding: .utf8)
            let isResponsibleNomads = ResponsibleNomadsRules.pack.rules.contains { $0.id == rule.trimmingCharacters(in: .whitespacesAndNewlines) }
            let (validation, policy) = isResponsibleNomads ? responsibleNomads : us
            let path = try site.publish(lot: Self.lot, site.sign(try JSONInput.read(file).get()))
            let report = try site.verify(
                [path], at: VerificationTime(day: GenerationRequest.demoCheckDate), resolve: [site.resolveOption], check: policy)
            let found = report.diagnostics().map { "\($0.ruleID) \($0.location.pointer ?? "")" }
            let expected = validation.verdict(file).diagnostics.map { "\($0.ruleID) \($0.location.pointer ?? "")" }
            #expect(!expected.isEmpty && found == expected, "\(name): \(found) vs \(expected)")
            #expect(report.diagnostics().allSatisfy { $0.location.file == path }, "\(name)")
        }
    }
}
