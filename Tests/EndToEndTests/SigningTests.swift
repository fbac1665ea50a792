import Foundation
import JSONCore
import TestSupport
import Testing

/// Signed sites as a user makes them: `dpp keys new`, `dpp generate --key`, `dpp demo`, `dpp revoke`,
/// checked with two JOSE libraries dpp does not use (joserfc and jwcrypto, from PyPI).
@Suite struct SigningTests {
    static let demoDID = "did:web:dpp.example.com:khangai-cashmere"
    static let catalog = DemoFixtures.file("catalog.json").path
    static let events = DemoFixtures.file("events.jsonld").path
    static let beanie = "01/09521234000358/10/KC-BN-2026-001"

    /// A new key for `did` in `folder/name`; the path of its private key file.
    static func newKey(_ folder: TemporaryFolder, _ name: String = "keys", did: String = demoDID, alg: String? = nil) throws -> String {
        let result = try DPPProcess.run(["keys", "new", "--did", did, "--out", folder.path(name)] + (alg.map { ["--alg", $0] } ?? []))
        #expect(result.status == 0, "\(result.stderr)")
        let keys = try FileManager.default.contentsOfDirectory(atPath: folder.path(name)).filter { $0.hasSuffix(".pem") }.sorted()
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("private key") })
        return try #require(keys.map { folder.path(name + "/" + $0) }.first { line.hasSuffix($0) })
    }

    static func generate(_ folder: TemporaryFolder, key: String, out: String = "site") throws -> ChildProcess.Result {
        try DPPProcess.run(["generate", "--catalog", catalog, "--events", events, "--out", folder.path(out), "--at", "2026-09-01", "--key", key])
    }

    /// The indexes whose bits are set in the site's status list, decoded by Python (base64url, gzip).
    static func revokedIndexes(_ site: String) throws -> [Int] {
        let script = """
            import base64, gzip, json, sys
            jwt = open(sys.argv[1]).read()
            part = jwt.split(".")[1]
            credential = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
            encoded = credential["credentialSubject"]["encodedList"]
            assert encoded[0] == "u", encoded[:1]
            bits = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
            assert len(bits) * 8 >= 131072
            print(json.dumps([i for i in range(len(bits) * 8) if bits[i // 8] >> (7 - i % 8) & 1]))
            """
        let result = try OutsideTool.run("python3", ["-c", script, site + "/status/revocation.jwt"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONParser().parse(result.stdout).arrayValue?.compactMap { $0.numberValue?.intValue } ?? []
    }

    @Test func everyDemoPassportVerifiesWithJoserfcAndJwcrypto() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try DPPProcess.run(["demo", "--out", folder.path("site")]).status == 0)
        let script = PackageFolders.root.appendingPathComponent("Tests/EndToEndTests/Support/signature_checks.py").path
        let result = try OutsideTool.run("python3", [script, folder.path("site"), folder.path("site/khangai-cashmere/did.json")])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("6 passports verified by joserfc and jwcrypto, 0 problems"))
    }

    @Test(arguments: ["EdDSA", "ES256"])
    func aKeyOfEitherAlgorithmSignsAndTheSiteVerifies(_ algorithm: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = try Self.newKey(folder, alg: algorithm)
        #expect(try Self.generate(folder, key: key).status == 0)
        let header = try String(contentsOfFile: folder.path("site/\(Self.beanie)/passport.jwt"), encoding: .utf8).split(separator: ".")[0]
        #expect(String(decoding: Data(base64Encoded: Self.padded(String(header))) ?? Data(), as: UTF8.self).contains("\"alg\":\"\(algorithm)\""))
        let script = PackageFolders.root.appendingPathComponent("Tests/EndToEndTests/Support/signature_checks.py").path
        let result = try OutsideTool.run("python3", [script, folder.path("site"), folder.path("site/khangai-cashmere/did.json")])
        #expect(result.stdout.contains("6 passports verified by joserfc and jwcrypto, 0 problems"), "\(result.stdout)")
    }

    static func padded(_ base64url: String) -> String {
        let text = base64url.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        return text + String(repeating: "=", count: (4 - text.count % 4) % 4)
    }

    @Test func keysAreWrittenOwnerOnlyAndNeverPublished() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = try Self.newKey(folder)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        #expect(try Self.generate(folder, key: key).status == 0)
        for file in folder.files(under: "site") {
            let text = String(decoding: FileManager.default.contents(atPath: folder.path("site/" + file)) ?? Data(), as: UTF8.self)
            #expect(!text.contains("PRIVATE KEY") && !text.contains("\"d\""), "\(file) holds private key material")
        }
    }

    @Test func aRotatedKeyLeavesTheRetiredOneInTheDIDDocument() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try Self.newKey(folder)
        let second = try Self.newKey(folder)
        #expect(first != second)
        #expect(try Self.generate(folder, key: second).status == 0)
        let document = try JSONParser().parse(try Data(contentsOf: folder.file("site/khangai-cashmere/did.json")))
        let ids = document["assertionMethod"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(ids.count == 2)
        for key in [first, second] {
            let thumbprint = URL(fileURLWithPath: key).deletingPathExtension().lastPathComponent
            #expect(ids.contains("\(Self.demoDID)#\(thumbprint)"))
        }
    }

    @Test func aKeyOthersCanReadIsRefusedAndNothingIsPublished() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = try Self.newKey(folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key)
        let result = try Self.generate(folder, key: key)
        #expect(result.status == 2)
        #expect(result.stderr.contains("chmod 600") && result.stderr.contains("[KEY-PERMISSIONS]"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("site")))
    }

    @Test func aKeyOfAnotherDIDThanTheIssuerIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = try Self.newKey(folder, did: "did:web:someone-else.example")
        let result = try Self.generate(folder, key: key)
        #expect(result.status == 2)
        #expect(result.stderr.contains("the catalogue's issuer is \(Self.demoDID)"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("site")))
    }

    @Test func aDIDOnAnotherHostIsPublishedForTheIssuerToHost() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = try Self.newKey(folder)
        let result = try DPPProcess.run([
            "generate", "--catalog", Self.catalog, "--events", Self.events, "--out", folder.path("site"), "--at", "2026-09-01", "--key", key,
            "--base-url", "https://passports.example.org",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path("site/issuer/did.json")))
        #expect(!FileManager.default.fileExists(atPath: folder.path("site/khangai-cashmere/did.json")))
        let index = try String(contentsOfFile: folder.path("site/index.html"), encoding: .utf8)
        #expect(index.contains("to be hosted at https://dpp.example.com/khangai-cashmere/did.json"))
    }

    @Test func revokingSetsExactlyThatBitAndARegenerationKeepsIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = try Self.newKey(folder)
        #expect(try Self.generate(folder, key: key).status == 0)
        #expect(try Self.revokedIndexes(folder.path("site")) == [])
        // The beanie is the fourth lot in the order of the canonical ids: index 3.
        let revoke = try DPPProcess.run([
            "revoke", folder.path("site"), "https://dpp.example.com/\(Self.beanie)/passport.jsonld", "--key", key, "--reason", "wrong lining",
            "--at", "2026-10-01",
        ])
        #expect(revoke.status == 0, "\(revoke.stderr)")
        #expect(revoke.stdout == "revoked https://id.gs1.org/\(Self.beanie) (status list index 3)\n")
        #expect(try Self.revokedIndexes(folder.path("site")) == [3])
        let log = try JSONParser().parse(try Data(contentsOf: folder.file("site/status/revocations.json")))
        #expect(log["revocations"]?[0]?["reason"] == "wrong lining")
        // Generated again into the same folder: the bit and the log stay, and the indexes too.
        let allocation = try Data(contentsOf: folder.file("site/status/allocation.json"))
        #expect(try Self.generate(folder, key: key).status == 0)
        #expect(try Self.revokedIndexes(folder.path("site")) == [3])
        #expect(try Data(contentsOf: folder.file("site/status/allocation.json")) == allocation)
        #expect(FileManager.default.fileExists(atPath: folder.path("site/status/revocations.json")))
    }

    @Test func revokingAnUnknownIdChangesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = try Self.newKey(folder)
        #expect(try Self.generate(folder, key: key).status == 0)
        let list = try Data(contentsOf: folder.file("site/status/revocation.jwt"))
        let result = try DPPProcess.run([
            "revoke", folder.path("site"), "https://id.gs1.org/\(Self.beanie)", "https://id.gs1.org/01/09521234000358/10/NO-SUCH-LOT", "--key", key,
        ])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "dpp revoke: https://id.gs1.org/01/09521234000358/10/NO-SUCH-LOT: the site has no passport of the lot "
                + "https://id.gs1.org/01/09521234000358/10/NO-SUCH-LOT; nothing was revoked\n")
        #expect(try Data(contentsOf: folder.file("site/status/revocation.jwt")) == list)
    }

    @Test func aTamperedStatusListStopsTheNextGeneration() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = try Self.newKey(folder)
        #expect(try Self.generate(folder, key: key).status == 0)
        // A list signed by someone else would silently clear revocations: refused.
        let other = try Self.newKey(folder, "other")
        let otherSite = try TemporaryFolder()
        defer { otherSite.remove() }
        #expect(try Self.generate(otherSite, key: other).status == 0)
        try FileManager.default.removeItem(atPath: folder.path("site/status/revocation.jwt"))
        try FileManager.default.copyItem(atPath: otherSite.path("site/status/revocation.jwt"), toPath: folder.path("site/status/revocation.jwt"))
        let result = try Self.generate(folder, key: key)
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not signed with a key of"), "\(result.stderr)")
    }
}
