import Credentials
import Diagnostics
import Foundation
import JSONCore
import Pipeline
import TestSupport
import Testing

/// The verifier's policies one by one, on passports signed in the test into a site laid out as
/// `dpp generate --key` publishes it: the untouched site verifies; each tampering fails with its
/// rule (a finding, exit code 1), and every failure of a credential is listed.
@Suite struct CredentialVerifierTests {
    /// The errors of the one passport published as `lot`, verified in `site`.
    static func errors(_ site: SignedSite, lot: String = "L1", at time: VerificationTime = SignedSite.checkDay, didDocuments: [String] = [])
        throws -> [String]
    {
        let report = try site.verify(at: time, didDocuments: didDocuments)
        // A finding, not an unreadable input: `dpp verify` exits with 1 for it, 0 when there is none.
        #expect(!report.hasUnreadable)
        return report.errorRules(relativeTo: site.folder)["01/\(SignedSite.gtin)/10/\(lot)/passport.jwt"] ?? ["not verified"]
    }

    /// The JWS `compact` with its decoded part `index` (0 header, 1 payload, 2 signature) changed by `change`.
    static func changing(_ compact: String, part index: Int, _ change: (inout [UInt8]) -> Void) -> String {
        var parts = compact.split(separator: ".", omittingEmptySubsequences: false).map { Base64URL.decode($0) ?? [] }
        change(&parts[index])
        return parts.map(Base64URL.encode).joined(separator: ".")
    }

    /// `bytes` with the first occurrence of `old` replaced by `new`, of the same length.
    static func replacing(_ old: String, with new: String, in bytes: inout [UInt8]) {
        guard let range = bytes.firstRange(of: Array(old.utf8)) else { return }
        bytes.replaceSubrange(range, with: Array(new.utf8))
    }

    @Test(arguments: SigningAlgorithm.allCases)
    func theUntouchedSiteVerifies(_ algorithm: SigningAlgorithm) throws {
        let site = try SignedSite(algorithm: algorithm)
        defer { site.remove() }
        try site.publishPassport(lot: "L1", index: 0)
        try site.publishPassport(lot: "L2", index: 1)
        let report = try site.verify()
        #expect(report.files.count == 2)
        #expect(report.validCount == 2, "\(report.text)")
    }

    @Test func oneByteChangedInTheHeaderFailsTheMediaTypeAndTheSignature() throws {
        let site = try SignedSite()
        defer { site.remove() }
        let signed = try site.sign(site.credential(lot: "L1", index: 0))
        try site.publish(lot: "L1", Self.changing(signed, part: 0) { Self.replacing("vc+jwt", with: "vc+jws", in: &$0) })
        #expect(try Self.errors(site) == ["VC-MEDIA-TYPE", "JWS-SIGNATURE"])
    }

    @Test func oneByteChangedInThePayloadFailsTheSignature() throws {
        let site = try SignedSite()
        defer { site.remove() }
        let signed = try site.sign(site.credential(lot: "L1", index: 0))
        try site.publish(lot: "L1", Self.changing(signed, part: 1) { Self.replacing("LLC", with: "LLD", in: &$0) })
        #expect(try Self.errors(site) == ["JWS-SIGNATURE"])
    }

    @Test func oneByteChangedInTheSignatureFailsIt() throws {
        let site = try SignedSite()
        defer { site.remove() }
        let signed = try site.sign(site.credential(lot: "L1", index: 0))
        try site.publish(lot: "L1", Self.changing(signed, part: 2) { $0[7] ^= 0x20 })
        #expect(try Self.errors(site) == ["JWS-SIGNATURE"])
    }

    @Test func aPayloadResignedWithAnotherKeyUnderTheIssuersKidFails() throws {
        let site = try SignedSite()
        defer { site.remove() }
        try site.publish(lot: "L1", site.sign(site.credential(lot: "L1", index: 0), key: PrivateKey.generate()))
        #expect(try Self.errors(site) == ["JWS-SIGNATURE"])
    }

    @Test(arguments: ["none", "HS256"])
    func anUnsignedOrHMACJWSIsRefusedBeforeAnythingElse(_ algorithm: String) throws {
        let site = try SignedSite()
        defer { site.remove() }
        let header = Base64URL.encode(Array(#"{"alg":"\#(algorithm)","kid":"\#(site.keyID)","typ":"vc+jwt","cty":"vc"}"#.utf8))
        let payload = Base64URL.encode(JSONWriter().bytes(site.credential(lot: "L1", index: 0)))
        let signature = algorithm == "none" ? "" : Base64URL.encode([UInt8](repeating: 7, count: 32))
        try site.publish(lot: "L1", "\(header).\(payload).\(signature)")
        #expect(try Self.errors(site) == ["JWS-ALG-NOT-ALLOWED"])
    }

    @Test func anAlgorithmForAnotherCurveThanTheKidsKeyIsRefused() throws {
        let site = try SignedSite()
        defer { site.remove() }
        // The issuer's Ed25519 kid, over an ES256 signature by someone else's P-256 key.
        var header = site.header
        header.algorithm = .es256
        try site.publish(lot: "L1", site.sign(site.credential(lot: "L1", index: 0), header: header, key: PrivateKey.generate(on: .p256)))
        #expect(try Self.errors(site) == ["VC-ALG-NOT-ALLOWED"])
    }

    @Test func aVerifierMayAcceptFewerAlgorithms() throws {
        let site = try SignedSite(algorithm: .es256)
        defer { site.remove() }
        let path = try site.publishPassport(lot: "L1", index: 0)
        let resolver = try CredentialResolver.load(inputs: [site.folder.url.path], resolve: [], didDocuments: [], keys: [])
        let verifier = CredentialVerifier(resolver: resolver, time: SignedSite.checkDay) { AlgorithmPolicy(allowing: [.edDSA, .ed25519]) }
        let result = verifier.verify(try InputFile.read(path).get(), at: SourceLocation(file: path))
        #expect(result.diagnostics.map(\.ruleID) == ["VC-ALG-NOT-ALLOWED"])
        #expect(result.diagnostics.first?.message.contains("accepted: EdDSA, Ed25519") == true)
    }

    @Test func aKidOfAnotherDIDSigningForTheIssuerFails() throws {
        let site = try SignedSite()
        defer { site.remove() }
        // Someone with a DID document of their own signs a passport that names the issuer.
        let other = try DIDWeb("did:web:other.example.com")
        let otherKey = try PrivateKey.generate()
        let (otherDocument, otherKeyID) = try SignedSite.document(of: other, with: [otherKey], algorithm: .edDSA)
        let documentFile = try site.folder.write("elsewhere/other.json", bytes: otherDocument.fileBytes)
        var header = site.header
        header.keyID = otherKeyID
        try site.publish(lot: "L1", site.sign(site.credential(lot: "L1", index: 0), header: header, key: otherKey))
        #expect(try Self.errors(site, didDocuments: [documentFile]) == ["VC-ISSUER-MISMATCH"])
        // Without their DID document, the kid does not resolve either; the mismatch is still told.
        #expect(try Self.errors(site) == ["VC-KID-UNRESOLVED", "VC-ISSUER-MISMATCH"])
    }

    @Test func anIssuerOtherThanTheDIDOfTheKidFails() throws {
        let site = try SignedSite()
        defer { site.remove() }
        var credential = site.credential(lot: "L1", index: 0)
        credential = credential.replacing(at: JSONPointer("/issuer/id")!, with: "did:web:someone-else.example.com")
        try site.publish(lot: "L1", site.sign(credential))
        // Nor is the issuer's status list that of the issuer named.
        #expect(try Self.errors(site) == ["VC-ISSUER-MISMATCH", "VC-STATUS-UNAVAILABLE"])
    }

    @Test func anIssClaimOtherThanTheIssuerFails() throws {
        let site = try SignedSite()
        defer { site.remove() }
        var credential = site.credential(lot: "L1", index: 0)
        credential = credential.replacing(at: JSONPointer("/iss")!, with: "did:web:someone-else.example.com")
        try site.publish(lot: "L1", site.sign(credential))
        #expect(try Self.errors(site) == ["VC-ISSUER-MISMATCH"])
        credential = credential.replacing(at: JSONPointer("/iss")!, with: .string(site.did.description))
        try site.publish(lot: "L1", site.sign(credential))
        #expect(try Self.errors(site) == [])
    }

    @Test func theValidityPeriodIsCheckedAtTheTimeGiven() throws {
        let site = try SignedSite()
        defer { site.remove() }
        var credential = site.credential(lot: "L1", index: 0)
        credential = credential.replacing(at: JSONPointer("/validUntil")!, with: "2026-08-31T23:59:59Z")
        try site.publish(lot: "L1", site.sign(credential))
        #expect(try Self.errors(site, at: VerificationTime("2026-08-01")!) == ["VC-NOT-YET-VALID"])
        #expect(try Self.errors(site, at: VerificationTime("2026-09-01")!) == ["VC-EXPIRED"])
        // A day is checked whole: the credential is valid on the days it starts and ends.
        #expect(try Self.errors(site, at: VerificationTime("2026-08-12")!) == [])
        #expect(try Self.errors(site, at: VerificationTime("2026-08-31")!) == [])
        // An instant is checked as it is, time zone and all.
        #expect(try Self.errors(site, at: VerificationTime("2026-08-12T07:59:59Z")!) == ["VC-NOT-YET-VALID"])
        #expect(try Self.errors(site, at: VerificationTime("2026-08-12T09:00:00+01:00")!) == [])
        #expect(try Self.errors(site, at: VerificationTime("2026-09-01T01:00:00+02:00")!) == [])
    }

    @Test func theJWTClaimsNbfAndExpAreHonoured() throws {
        let site = try SignedSite()
        defer { site.remove() }
        var credential = site.credential(lot: "L1", index: 0)
        // 2026-09-01T00:00:00Z and 2026-09-02T00:00:00Z.
        credential = credential.replacing(at: JSONPointer("/nbf")!, with: 1_788_220_800).replacing(at: JSONPointer("/exp")!, with: 1_788_307_200)
        try site.publish(lot: "L1", site.sign(credential))
        #expect(try Self.errors(site, at: VerificationTime("2026-09-01T12:00:00Z")!) == [])
        #expect(try Self.errors(site, at: VerificationTime("2026-08-31T23:59:59Z")!) == ["VC-NOT-YET-VALID"])
        #expect(try Self.errors(site, at: VerificationTime("2026-09-02T00:00:00Z")!) == ["VC-EXPIRED"])
        credential = credential.replacing(at: JSONPointer("/exp")!, with: "tomorrow")
        try site.publish(lot: "L1", site.sign(credential))
        #expect(try Self.errors(site, at: VerificationTime("2026-09-01T12:00:00Z")!) == ["VC-JWT-CLAIMS"])
    }

    @Test func aMalformedValidityDateIsNamed() throws {
        let site = try SignedSite()
        defer { site.remove() }
        try site.publish(lot: "L1", site.sign(site.credential(lot: "L1", index: 0).replacing(at: JSONPointer("/validFrom")!, with: "2026-08-12")))
        let report = try site.verify()
        #expect(report.onlyFileErrorRules == ["VC-CREDENTIAL-MALFORMED"])
        #expect(report.diagnostics().first?.location.pointer == "/validFrom")
    }

    @Test func theMediaTypeIsVCJWTAndTheContentTypeVC() throws {
        let site = try SignedSite()
        defer { site.remove() }
        let credential = site.credential(lot: "L1", index: 0)
        var header = site.header
        header.type = "application/VC+JWT"
        header.contentType = nil
        try site.publish(lot: "L1", site.sign(credential, header: header))
        #expect(try Self.errors(site) == [], "application/ and any case are the same media type; cty is optional")
        header.type = nil
        header.contentType = "vp"
        try site.publish(lot: "L1", site.sign(credential, header: header))
        let report = try site.verify()
        #expect(report.onlyFileErrorRules == ["VC-MEDIA-TYPE", "VC-MEDIA-TYPE"])
        #expect(report.diagnostics().map(\.location.pointer) == ["/typ", "/cty"])
        #expect(report.diagnostics().allSatisfy { $0.location.part == "protected header" })
    }

    @Test func thePayloadIsAVC2CredentialWithoutVCOrVPClaims() throws {
        let site = try SignedSite()
        defer { site.remove() }
        let credential = site.credential(lot: "L1", index: 0)
        try site.publish(
            lot: "L1", site.sign(credential.replacing(at: JSONPointer("/vc")!, with: "oops").replacing(at: JSONPointer("/vp")!, with: 1)))
        #expect(try Self.errors(site) == ["VC-JWT-CLAIMS", "VC-JWT-CLAIMS"])
        let presentation =
            credential.replacing(at: JSONPointer("/type")!, with: ["VerifiablePresentation"])
            .replacing(at: JSONPointer("/@context")!, with: ["https://www.w3.org/2018/credentials/v1"])
            .replacing(at: JSONPointer("/credentialSubject")!, with: nil)
        try site.publish(lot: "L1", site.sign(presentation))
        #expect(try Self.errors(site) == ["VC-CREDENTIAL-MALFORMED", "VC-CREDENTIAL-MALFORMED", "VC-CREDENTIAL-MALFORMED"])
        try site.publish(lot: "L1", site.sign(["not", "a", "credential"]))
        #expect(try site.verify(resolve: [site.resolveOption]).onlyFileErrorRules == ["VC-CREDENTIAL-MALFORMED"])
    }

    @Test func aPayloadThatIsNotJSONIsUnreadableButTheHeaderIsStillChecked() throws {
        let site = try SignedSite()
        defer { site.remove() }
        var header = site.header
        header.type = "JWT"
        try site.publish(lot: "L1", JWS.sign(payload: Array("not JSON".utf8), header: header, key: site.key))
        let report = try site.verify(resolve: [site.resolveOption])
        #expect(report.onlyFileErrorRules == ["JWS-PAYLOAD-MALFORMED", "VC-MEDIA-TYPE"])
        #expect(report.hasUnreadable)
    }

    @Test func aKidMissingOrUnknownOrNotForAssertionFails() throws {
        let site = try SignedSite()
        defer { site.remove() }
        let credential = site.credential(lot: "L1", index: 0)
        var header = site.header
        header.keyID = nil
        try site.publish(lot: "L1", site.sign(credential, header: header))
        #expect(try Self.errors(site) == ["VC-KID-UNRESOLVED"])
        header.keyID = site.did.description + "#no-such-key"
        try site.publish(lot: "L1", site.sign(credential, header: header))
        #expect(try Self.errors(site) == ["DID-KEY-UNKNOWN"])
        header.keyID = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
        try site.publish(lot: "L1", site.sign(credential, header: header))
        #expect(try Self.errors(site).first == "DID-SYNTAX")
        // A relative DID URL names no DID: nothing to look it up in, and no signer to compare.
        header.keyID = "#" + (site.keyID.split(separator: "#").last.map(String.init) ?? "")
        try site.publish(lot: "L1", site.sign(credential, header: header))
        #expect(try Self.errors(site) == ["VC-KID-UNRESOLVED"])
        // A key the document lists, but not under assertionMethod.
        let json = site.document.json.replacing(at: JSONPointer("/assertionMethod")!, with: [])
        try site.folder.write(site.documentPath, bytes: JSONWriter().bytes(json))
        try site.publishPassport(lot: "L1", index: 0)
        #expect(try Self.errors(site) == ["DID-KEY-NOT-ASSERTION", "VC-STATUS-UNAVAILABLE"])
    }

    @Test func aDIDDocumentOrKeyOfAnotherDIDIsRefused() throws {
        let site = try SignedSite()
        defer { site.remove() }
        try site.publishPassport(lot: "L1", index: 0)
        // The file where the issuer's DID resolves holds someone else's document.
        let other = try DIDWeb("did:web:other.example.com")
        let (otherDocument, _) = try SignedSite.document(of: other, with: [site.key], algorithm: .edDSA)
        try site.folder.write(site.documentPath, bytes: otherDocument.fileBytes)
        // The status list, signed with the same key, cannot be trusted either.
        #expect(try Self.errors(site) == ["VC-KID-OTHER-DID", "VC-STATUS-UNAVAILABLE"])
        // The issuer's document lists the key as controlled by another DID.
        let json = site.document.json.replacing(at: JSONPointer("/verificationMethod/0/controller")!, with: .string(other.description))
        try site.folder.write(site.documentPath, bytes: JSONWriter().bytes(json))
        #expect(try Self.errors(site) == ["VC-KID-OTHER-DID", "VC-STATUS-UNAVAILABLE"])
    }

    @Test func aDIDDocumentOverItsLimitLeavesTheKidUnresolvedAndSaysWhy() throws {
        let site = try SignedSite()
        defer { site.remove() }
        try site.publishPassport(lot: "L1", index: 0)
        let padding = String(repeating: "x", count: DIDDocument.maximumBytes)
        let json = site.document.json.replacing(at: JSONPointer("/padding")!, with: .string(padding))
        try site.folder.write(site.documentPath, bytes: JSONWriter().bytes(json))
        let report = try site.verify()
        // The status list, signed with the same key, cannot be trusted either.
        #expect(report.onlyFileErrorRules == ["VC-KID-UNRESOLVED", "VC-STATUS-UNAVAILABLE"])
        #expect(report.message().contains("[DID-DOCUMENT-TOO-LARGE]"))
    }

    @Test func passportsSignedWithARetiredKeyStillVerifyAfterARotation() throws {
        var site = try SignedSite()
        defer { site.remove() }
        try site.publishPassport(lot: "OLD", index: 0)
        let (newKey, newKeyID) = try site.rotate()
        var header = site.header
        header.keyID = newKeyID
        try site.publish(lot: "NEW", site.sign(site.credential(lot: "NEW", index: 1), header: header, key: newKey))
        try site.publishStatusList(header: header, key: newKey)
        #expect(try site.verify().validCount == 2)
    }

    @Test func everyFailureOfACredentialIsListedInPolicyOrder() throws {
        let site = try SignedSite()
        defer { site.remove() }
        var credential = site.credential(lot: "L1", index: 3)
        credential = credential.replacing(at: JSONPointer("/validUntil")!, with: "2026-08-20T00:00:00Z")
            .replacing(at: JSONPointer("/vc")!, with: [:]).replacing(at: JSONPointer("/iss")!, with: "did:web:someone-else.example.com")
        var header = site.header
        header.type = "JWT"
        try site.publish(lot: "L1", site.sign(credential, header: header))
        try site.publishStatusList(setting: [3])
        #expect(try Self.errors(site) == ["VC-MEDIA-TYPE", "VC-JWT-CLAIMS", "VC-ISSUER-MISMATCH", "VC-EXPIRED", "VC-REVOKED"])
    }
}
