import Credentials
import Foundation
import JSONCore
import Pipeline
import TestSupport
import Testing

/// Revocation and suspension through the site's Bitstring Status List: the bit of each passport
/// read from a list that must itself verify and be its issuer's; a list that cannot be had is a
/// failure, never a pass.
@Suite struct StatusPolicyTests {
    /// A site with the passports L0, L1 and L2 at the status indexes 0, 1 and 2.
    static func site() throws -> SignedSite {
        let site = try SignedSite()
        for index in 0..<3 { try site.publishPassport(lot: "L\(index)", index: index) }
        return site
    }

    static func passport(_ index: Int) -> String { "01/\(SignedSite.gtin)/10/L\(index)/passport.jwt" }

    @Test func aRevokedBitFailsThatPassportOnly() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.publishStatusList(setting: [1])
        let report = try site.verify()
        #expect(report.errorRules(relativeTo: site.folder) == [Self.passport(0): [], Self.passport(1): ["VC-REVOKED"], Self.passport(2): []])
        let diagnostic = try #require(report.diagnostics(file: 1).first)
        #expect(diagnostic.location.pointer == "/credentialStatus")
        #expect(diagnostic.message.contains("bit 1 of \(SignedSite.statusListURL) is set"))
    }

    @Test func aSuspendedBitFailsAsSuspension() throws {
        let site = try SignedSite()
        defer { site.remove() }
        try site.publish(lot: "L0", site.sign(site.credential(lot: "L0", index: 0, purpose: .suspension)))
        try site.publishStatusList(setting: [0], purpose: .suspension)
        #expect(try site.verify().onlyFileErrorRules == ["VC-SUSPENDED"])
        // A revocation entry does not read a suspension list.
        try site.publishPassport(lot: "L0", index: 0)
        #expect(try site.verify().onlyFileErrorRules == ["STATUS-PURPOSE-MISMATCH"])
    }

    @Test func aMissingListIsAFailureForEveryPassport() throws {
        let site = try Self.site()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.folder.file("status/revocation.jwt"))
        let report = try site.verify()
        #expect(Set(report.errorRules(relativeTo: site.folder).values) == [["VC-STATUS-UNAVAILABLE"]])
        #expect(report.message().contains("no such file"))
        // A passport verified alone, with no site around it, cannot reach its list either.
        let lone = try TemporaryFolder()
        defer { lone.remove() }
        let file = try lone.write("passport.jwt", try site.sign(site.credential(lot: "L0", index: 0)))
        let alone = try site.verify([file], didDocuments: [site.folder.path(site.documentPath)])
        #expect(alone.onlyFileErrorRules == ["VC-STATUS-UNAVAILABLE"])
        #expect(alone.message().contains("nothing is fetched from the network"))
    }

    @Test func aListSignedByAnotherKeyIsNotTrusted() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.publishStatusList(key: PrivateKey.generate())
        let report = try site.verify()
        #expect(Set(report.errorRules(relativeTo: site.folder).values) == [["VC-STATUS-UNAVAILABLE"]])
        #expect(report.message().contains("[JWS-SIGNATURE]"))
    }

    @Test func aListOfAnotherIssuerIsNotTrusted() throws {
        let site = try Self.site()
        defer { site.remove() }
        // Another issuer's list, properly signed by them, under the site's URL.
        let other = try DIDWeb("did:web:other.example.com")
        let otherKey = try PrivateKey.generate()
        let (document, keyID) = try SignedSite.document(of: other, with: [otherKey], algorithm: .edDSA)
        let documentFile = try site.folder.write("elsewhere/other.json", bytes: document.fileBytes)
        var header = site.header
        header.keyID = keyID
        try site.publishStatusList(issuer: other.description, header: header, key: otherKey)
        let report = try site.verify(didDocuments: [documentFile])
        #expect(Set(report.errorRules(relativeTo: site.folder).values) == [["VC-STATUS-UNAVAILABLE"]])
        #expect(report.message().contains("issued by did:web:other.example.com"))
    }

    @Test func aListIssuedAfterTheTimeCheckedIsReadButAnExpiredOneIsNot() throws {
        let site = try Self.site()
        defer { site.remove() }
        // Revoked on 2026-09-02, re-signed valid from then: checked on the shipping date before.
        try site.publishStatusList(setting: [1], validFrom: "2026-09-02T00:00:00Z")
        let report = try site.verify(at: VerificationTime("2026-09-01")!)
        #expect(report.errorRules(relativeTo: site.folder) == [Self.passport(0): [], Self.passport(1): ["VC-REVOKED"], Self.passport(2): []])
        try site.publishStatusList(validUntil: "2026-08-31T00:00:00Z")
        let expired = try site.verify(at: VerificationTime("2026-09-01")!)
        #expect(expired.diagnostics().map(\.ruleID) == ["VC-STATUS-UNAVAILABLE"])
        #expect(expired.message().contains("[VC-EXPIRED]"))
    }

    @Test func aMalformedListIsNotTrusted() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.folder.write("status/revocation.jwt", try site.sign(site.credential(lot: "L9", index: 9)))
        let malformed = try site.verify()
        #expect(malformed.diagnostics().map(\.ruleID) == ["VC-STATUS-UNAVAILABLE"])
        #expect(malformed.message().contains("[STATUS-LIST-CREDENTIAL]"))
    }

    @Test func anIndexBeyondTheListOrAMalformedEntryIsNamed() throws {
        let site = try SignedSite()
        defer { site.remove() }
        try site.publishPassport(lot: "L0", index: 200_000)
        #expect(try site.verify().onlyFileErrorRules == ["STATUS-INDEX-RANGE"])
        let entry: JSONValue = ["type": "BitstringStatusListEntry", "statusPurpose": "revocation", "statusListCredential": "nowhere"]
        try site.publish(lot: "L0", site.sign(site.credential(lot: "L0", index: 0).replacing(at: JSONPointer("/credentialStatus")!, with: entry)))
        #expect(try site.verify().onlyFileErrorRules == ["STATUS-ENTRY"])
    }

    @Test func aListOfManyPassportsFailsExactlyThoseWhoseBitsAreSet() throws {
        let site = try SignedSite()
        defer { site.remove() }
        for index in 0..<40 { try site.publishPassport(lot: "L\(index)", index: index) }
        try site.publishStatusList(setting: [7, 31])
        let report = try site.verify()
        #expect(report.validCount == 38)
        #expect(report.counts(of: .error).map(\.ruleID) == ["VC-REVOKED"])
    }
}
