import Credentials
import Foundation
import JSONCore
import Pipeline
import TestSupport
import Testing

/// Where the verifier finds keys, DID documents and status lists without the network: site
/// folders read from their passports, `--resolve`, `--did-document` and `--key`.
@Suite struct CredentialResolverTests {
    @Test func aURLMapsBelowItsPrefixOnlyAndNeverLeavesTheFolder() throws {
        let mapping = try URLMapping(option: "https://dpp.example.com/=/srv/site")
        #expect(mapping.prefix == "https://dpp.example.com")
        #expect(mapping.path(of: "https://dpp.example.com/status/revocation.jwt") == "/srv/site/status/revocation.jwt")
        #expect(mapping.path(of: "https://dpp.example.com/status/revocation.jwt#12") == "/srv/site/status/revocation.jwt")
        for url in [
            "https://dpp.example.com.evil.example/status/revocation.jwt", "https://dpp.example.com/../etc/passwd",
            "https://dpp.example.com/status/./revocation.jwt", "https://dpp.example.com//etc/passwd", "https://dpp.example.com/did.json?x=1",
            "https://dpp.example.com", "http://dpp.example.com/status/revocation.jwt",
        ] {
            #expect(mapping.path(of: url) == nil, "\(url)")
        }
        for option in ["https://dpp.example.com", "ftp://x/=dir", "https://x/="] {
            #expect(throws: VerificationSetupError.self, "\(option)") { try URLMapping(option: option) }
        }
    }

    @Test func theLongestPrefixWinsAndResolveComesBeforeTheSites() {
        let resolver = LocalResolver(mappings: [
            URLMapping(prefix: "https://a.example", folder: "/resolve"), URLMapping(prefix: "https://a.example/x", folder: "/deeper"),
            URLMapping(prefix: "https://a.example", folder: "/site"),
        ])
        #expect(resolver.path(of: "https://a.example/x/y.json") == "/deeper/y.json")
        #expect(resolver.path(of: "https://a.example/y.json") == "/resolve/y.json")
        #expect(resolver.path(of: "https://b.example/y.json") == nil)
    }

    @Test func aSiteFolderIsFoundFromItsPassportsWhereverTheInputPoints() throws {
        let site = try SignedSite()
        defer { site.remove() }
        let passport = try site.publishPassport(lot: "L1", index: 0)
        // The site, a folder inside it, or one passport of it: each tells the same site.
        for input in [site.folder.url.path, site.folder.path("01"), passport] {
            #expect(try site.verify([input]).validCount == 1, "\(input)")
        }
        // A passport whose id does not agree with its place tells nothing.
        let moved = try site.folder.write("elsewhere/passport.jwt", try String(contentsOfFile: passport, encoding: .utf8))
        #expect(try site.verify([moved]).onlyFileErrorRules == ["VC-KID-UNRESOLVED", "VC-STATUS-UNAVAILABLE"])
        // --resolve stands in for the site.
        #expect(try site.verify([moved], resolve: ["\(SignedSite.base)=\(site.folder.url.path)"]).validCount == 1)
    }

    @Test func aDIDOnAnotherHostIsReadFromTheSitesIssuerFolder() throws {
        let site = try SignedSite(did: "did:web:khangai-cashmere.example.com")
        defer { site.remove() }
        #expect(site.documentPath == "issuer/did.json")
        try site.publishPassport(lot: "L1", index: 0)
        #expect(try site.verify().validCount == 1)
        // Given instead with --did-document, from outside the site.
        let elsewhere = try TemporaryFolder()
        defer { elsewhere.remove() }
        let document = try elsewhere.write("did.json", bytes: site.document.fileBytes)
        try FileManager.default.removeItem(at: site.folder.file("issuer"))
        #expect(try site.verify().onlyFileErrorRules == ["VC-KID-UNRESOLVED", "VC-STATUS-UNAVAILABLE"])
        #expect(try site.verify(didDocuments: [document]).validCount == 1)
    }

    @Test func documentsOfOneDIDAreMergedAndMayNotDisagree() throws {
        let site = try SignedSite()
        defer { site.remove() }
        let urls = LocalResolver(mappings: [])
        var rotated = site.document
        let (_, newKeyID) = try site.addKey(to: &rotated)
        let resolver = try CredentialResolver(urls: urls, documents: [site.document, rotated])
        #expect(resolver.documents[site.did.description]?.verificationMethods.count == 2)
        #expect(resolver.key(named: newKeyID).key != nil)
        let other = try SignedSite()
        defer { other.remove() }
        let (conflicting, _) = try SignedSite.document(of: site.did, with: [other.key], algorithm: .edDSA)
        let renamed = try DIDDocument(json: conflicting.json.replacing(at: JSONPointer("/verificationMethod/0/id")!, with: .string(site.keyID)))
        #expect(throws: VerificationSetupError.self) { try CredentialResolver(urls: urls, documents: [site.document, renamed]) }
    }

    @Test func aKeyGivenDirectlyIsTrustedForItsIdsAndControllerOnly() throws {
        let site = try SignedSite()
        defer { site.remove() }
        let thumbprint = try site.key.publicKey.jwk().thumbprint()
        let method: JSONValue = [
            "id": .string(site.keyID), "type": "JsonWebKey", "controller": .string(site.did.description),
            "publicKeyJwk": site.key.publicKey.jwk(algorithm: .edDSA, keyID: "key-1").json,
        ]
        let trusted = try TrustedKey(json: method)
        #expect(trusted.keyIDs == [site.keyID, "key-1", thumbprint])
        #expect(trusted.key.controller == site.did.description)
        let bare = try TrustedKey(json: site.key.publicKey.jwk().json)
        #expect(bare.keyIDs == [thumbprint])
        #expect(bare.key.controller == nil)
        // Through the files: the site without its DID document verifies with the key given.
        try site.publishPassport(lot: "L1", index: 0)
        try FileManager.default.removeItem(at: site.folder.file(site.documentPath))
        let keyFile = try site.folder.write("keys/method.json", bytes: JSONWriter().bytes(method))
        #expect(try site.verify(keys: [keyFile]).validCount == 1)
        // A key given for a kid of another DID is not taken for it.
        let misdirected = method.replacing(at: JSONPointer("/controller")!, with: "did:web:other.example.com")
        let misdirectedFile = try site.folder.write("keys/misdirected.json", bytes: JSONWriter().bytes(misdirected))
        #expect(try site.verify(keys: [misdirectedFile]).onlyFileErrorRules == ["VC-KID-OTHER-DID", "VC-STATUS-UNAVAILABLE"])
    }

    @Test func aKeyFileWithPrivateKeyMaterialIsRefused() throws {
        let site = try SignedSite()
        defer { site.remove() }
        let privateJWK = try site.key.jwk().json
        let method: JSONValue = [
            "id": .string(site.keyID), "type": "JsonWebKey", "controller": .string(site.did.description),
            "publicKeyJwk": site.key.publicKey.jwk().json, "secretKeyJwk": privateJWK,
        ]
        let pemFile = site.folder.path("keys/key.pem")
        try FileManager.default.createDirectory(at: site.folder.file("keys"), withIntermediateDirectories: true)
        try site.key.write(toFile: pemFile)
        for (name, file) in [
            ("private JWK", try site.folder.write("keys/private.jwk", bytes: JSONWriter().bytes(privateJWK))),
            ("method with secretKeyJwk", try site.folder.write("keys/method.json", bytes: JSONWriter().bytes(method))),
            ("PEM", pemFile),
        ] {
            let error = #expect(throws: VerificationSetupError.self, "\(name)") { try site.verify(keys: [file]) }
            #expect(error?.message.contains("[DID-PRIVATE-KEY]") == true, "\(name): \(error?.message ?? "")")
        }
    }

    @Test func unusableOptionFilesStopBeforeAnythingIsVerified() throws {
        let site = try SignedSite()
        defer { site.remove() }
        let notJSON = try site.folder.write("x.json", "{")
        #expect(throws: VerificationSetupError.self) { try site.verify(didDocuments: [notJSON]) }
        #expect(throws: VerificationSetupError.self) { try site.verify(keys: [notJSON]) }
        #expect(throws: VerificationSetupError.self) { try site.verify(keys: [site.folder.path("missing.json")]) }
        #expect(throws: VerificationSetupError.self) { try site.verify(resolve: ["https://x.example=\(site.folder.path("missing"))"]) }
    }
}
