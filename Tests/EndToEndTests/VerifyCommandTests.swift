import Foundation
import JSONCore
import TestSupport
import Testing

/// `dpp verify` run as a buyer would: credentials signed by other JOSE libraries, the W3C
/// VC-JOSE-COSE test suite's JOSE credential cases, standard input, and hostile inputs that
/// must end with a diagnostic, never a crash or a hang.
@Suite struct VerifyCommandTests {
    static let w3c = ReferenceFolder("w3c")
    static let suiteInputs = "vc-jose-cose-test-suite/tests/input"

    static func verify(_ arguments: [String], input: ChildProcess.Input = .bytes(Data())) throws -> ChildProcess.Result {
        try DPPProcess.run(["verify"] + arguments, input: input)
    }

    /// The JSON report of a run.
    static func report(_ result: ChildProcess.Result) throws -> JSONValue {
        try JSONParser().parse(Array(result.standardOutput))
    }

    /// The rule ids of the errors of each file of a JSON report, by path.
    static func errorRules(_ result: ChildProcess.Result) throws -> [String: [String]] {
        var rules: [String: [String]] = [:]
        for file in try report(result)["files"]?.arrayValue ?? [] {
            let diagnostics = file["diagnostics"]?.arrayValue ?? []
            rules[file["path"]?.stringValue ?? ""] = diagnostics.filter { $0["severity"] == "error" }.compactMap { $0["rule"]?.stringValue }
        }
        return rules
    }

    // MARK: - The signed demo site

    static let beanie = "01/09521234000358/10/KC-BN-2026-001"

    /// The demo site published in `folder/site` in UNTP `untp`, signed with a demo key kept in
    /// `folder/site-keys`; the key's path.
    static func demo(_ folder: TemporaryFolder, untp: String = "0.7.0") throws -> String {
        let result = try DPPProcess.run(["demo", "--untp", untp, "--out", folder.path("site")])
        try #require(result.status == 0, "\(result.stderr)")
        let keys = try FileManager.default.contentsOfDirectory(atPath: folder.path("site-keys")).filter { $0.hasSuffix(".pem") }
        return folder.path("site-keys/" + (try #require(keys.first)))
    }

    /// In either UNTP version: the passport checks read the signed payload in its own version.
    @Test(arguments: ["0.7.0", "0.6.1"])
    func everyDemoPassportVerifiesAndARevokedOneAloneFails(untp: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = try Self.demo(folder, untp: untp)
        let site = folder.path("site")
        let result = try Self.verify([site, "--at", "2026-09-01", "--format", "json"])
        #expect(result.status == 0, "\(result.stdout)")
        let summary = try Self.report(result)["summary"]
        // The 6 passports, the 41 traceability events and the 9 facility records.
        #expect(summary?["files"] == 56 && summary?["valid"] == 56 && summary?["profile"] == "eu-textile")
        // Revoked today, its list re-signed valid from today: checked on the shipping date, as before.
        let revoke = try DPPProcess.run(["revoke", site, "https://id.gs1.org/\(Self.beanie)", "--key", key])
        try #require(revoke.status == 0, "\(revoke.stderr)")
        let revoked = try Self.verify([site, "--at", "2026-09-01", "--format", "json"])
        #expect(revoked.status == 1)
        let rules = try Self.errorRules(revoked)
        #expect(rules.count == 56)
        for (path, errors) in rules { #expect(errors == (path.hasSuffix(Self.beanie + "/passport.jwt") ? ["VC-REVOKED"] : []), "\(path)") }
    }

    @Test func aDemoPassportChangedByOneByteFailsAloneOnItsSignature() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.demo(folder)
        let file = folder.path("site/\(Self.beanie)/passport.jwt")
        let parts = try String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".")
        let payload = String(decoding: try #require(Data(base64Encoded: Self.base64(String(parts[1])))), as: UTF8.self)
        // The issuer's name, changed by one letter.
        let changed = payload.replacingOccurrences(of: "Khangai Cashmere LLC", with: "Khangai Cashmere Ltd")
        #expect(changed != payload)
        try folder.write(
            "site/\(Self.beanie)/passport.jwt", [String(parts[0]), Self.base64URL(Data(changed.utf8)), String(parts[2])].joined(separator: "."))
        let result = try Self.verify([folder.path("site"), "--at", "2026-09-01", "--format", "json"])
        #expect(result.status == 1)
        #expect(try Self.errorRules(result).filter { !$0.value.isEmpty } == [file: ["JWS-SIGNATURE"]])
    }

    /// The site folder's traceability events are verified with its passports, the profile's
    /// passport checks left out for them; each also verifies alone.
    @Test func everyDemoTraceabilityEventVerifiesAndAChangedOneFailsAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.demo(folder)
        let events = folder.files(under: "site/events").filter { $0.hasSuffix(".jwt") }.map { folder.path("site/events/" + $0) }
        #expect(events.count == 41)
        let resolve = ["--resolve", "https://dpp.example.com=\(folder.path("site"))", "--at", "2026-09-01", "--format", "json"]
        let alone = try Self.verify(events + resolve + ["--profile", "none"])
        #expect(alone.status == 0, "\(alone.stdout)")
        #expect(try Self.report(alone)["summary"]?["valid"] == 41)
        let site = [folder.path("site"), "--at", "2026-09-01", "--format", "json"]
        let result = try Self.verify(site)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(Set(try Self.errorRules(result).keys).isSuperset(of: events))
        // The signed payload is the published JSON-LD credential.
        let dehairing = folder.path("site/events/5c0a7e10-2026-4d00-9b00-000000000021")
        let parts = try String(contentsOfFile: dehairing + ".jwt", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines).split(
            separator: ".")
        let payload = try #require(Data(base64Encoded: Self.base64(String(parts[1]))))
        #expect(
            try JSONParser().parse(Array(payload)) == JSONParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: dehairing + ".jsonld")))))
        // 400 kg of greasy cashmere claimed as 500 kg.
        let changed = String(decoding: payload, as: UTF8.self).replacingOccurrences(of: #""value":400"#, with: #""value":500"#)
        #expect(changed != String(decoding: payload, as: UTF8.self))
        try folder.write(
            "site/events/5c0a7e10-2026-4d00-9b00-000000000021.jwt",
            [String(parts[0]), Self.base64URL(Data(changed.utf8)), String(parts[2])].joined(separator: "."))
        let tampered = try Self.verify(site)
        #expect(tampered.status == 1)
        #expect(try Self.errorRules(tampered).filter { !$0.value.isEmpty } == [dehairing + ".jwt": ["JWS-SIGNATURE"]])
    }

    @Test func aDemoPassportOnStandardInputVerifiesWithItsSiteMapped() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.demo(folder)
        let jwt = try Data(contentsOf: folder.file("site/\(Self.beanie)/passport.jwt"))
        let mapped = try Self.verify(["-", "--resolve", "https://dpp.example.com=\(folder.path("site"))", "--at", "2026-09-01"], input: .bytes(jwt))
        #expect(mapped.status == 0, "\(mapped.stdout)")
        #expect(mapped.stdout.hasPrefix("-:1: verified\n"))
        // Alone, neither its DID document nor its status list can be read: no network.
        let alone = try Self.verify(["-", "--at", "2026-09-01", "--format", "json"], input: .bytes(jwt))
        #expect(alone.status == 1)
        #expect(try Self.errorRules(alone) == ["-:1": ["VC-KID-UNRESOLVED", "VC-STATUS-UNAVAILABLE"]])
    }

    @Test func aSiteOfAnIssuerOnAnotherHostVerifiesWithItsIssuerFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = try Self.demo(folder)
        let generate = try DPPProcess.run([
            "generate", "--catalog", DemoFixtures.file("catalog.json").path, "--events", DemoFixtures.file("events.jsonld").path,
            "--out", folder.path("other"), "--at", "2026-09-01", "--key", key, "--base-url", "https://passports.example.org",
        ])
        try #require(generate.status == 0, "\(generate.stderr)")
        #expect(try Self.verify([folder.path("other"), "--at", "2026-09-01"]).status == 0)
        // The DID document, once the issuer hosts it, is given apart.
        try FileManager.default.moveItem(atPath: folder.path("other/issuer/did.json"), toPath: folder.path("did.json"))
        #expect(try Self.verify([folder.path("other"), "--at", "2026-09-01"]).status == 1)
        #expect(try Self.verify([folder.path("other"), "--at", "2026-09-01", "--did-document", folder.path("did.json")]).status == 0)
    }

    @Test func theReportIsTheSameWhateverTheNumberOfJobs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.demo(folder)
        let one = try Self.verify([folder.path("site"), "--at", "2026-09-01", "--format", "json", "--jobs", "1"])
        let four = try Self.verify([folder.path("site"), "--at", "2026-09-01", "--format", "json", "--jobs", "4"])
        #expect(one.status == 0 && one.stdout == four.stdout)
    }

    // MARK: - Credentials that other JOSE libraries signed

    @Test(.requiring(tool: "python3", debianPackage: "python3"))
    func credentialsSignedByJoserfcAndJwcryptoVerifyWithTheirDIDDocument() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let script = PackageFolders.root.appendingPathComponent("Tests/EndToEndTests/Support/peer_issuer.py").path
        let issued = try OutsideTool.run("python3", [script, folder.path("peers"), "did:web:peers.example.com"])
        try #require(issued.status == 0, "\(issued.stderr)")
        let names = issued.stdout.split(separator: "\n").map(String.init)
        #expect(names == ["joserfc-EdDSA.jwt", "joserfc-ES256.jwt", "jwcrypto-EdDSA.jwt", "jwcrypto-ES256.jwt"])
        let files = names.map { folder.path("peers/" + $0) }
        let document = folder.path("peers/did.json")
        let result = try Self.verify(["--did-document", document, "--profile", "none", "--format", "json"] + files)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(try Self.report(result)["summary"]?["valid"] == 4)
        // Without their DID document, nothing they signed verifies.
        let unresolved = try Self.verify(["--profile", "none", "--format", "json"] + files)
        #expect(unresolved.status == 1)
        #expect(Set(try Self.errorRules(unresolved).values) == [["VC-KID-UNRESOLVED"]])
        // One character of a payload changed: that credential only fails, on its signature.
        let text = try String(contentsOfFile: files[1], encoding: .utf8)
        let parts = text.split(separator: ".")
        let payload = try #require(Data(base64Encoded: Self.base64(String(parts[1]))))
        let changed = String(decoding: payload, as: UTF8.self).replacingOccurrences(of: "joserfc", with: "joserfd")
        let tampered = [String(parts[0]), Self.base64URL(Data(changed.utf8)), String(parts[2])].joined(separator: ".")
        try folder.write("peers/" + names[1], tampered)
        let result2 = try Self.verify(["--did-document", document, "--profile", "none", "--format", "json"] + files)
        #expect(result2.status == 1)
        #expect(try Self.errorRules(result2) == [files[0]: [], files[1]: ["JWS-SIGNATURE"], files[2]: [], files[3]: []])
    }

    /// base64url text as plain base64 with padding, for Foundation.
    static func base64(_ text: String) -> String {
        let plain = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        return plain + String(repeating: "=", count: (4 - plain.count % 4) % 4)
    }

    /// `data` as base64url without padding.
    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    // MARK: - The W3C VC-JOSE-COSE test suite

    /// One case of the suite's `tests/test-mapping.js`.
    struct SuiteCase: Sendable, CustomStringConvertible {
        let number: Int
        let input: String
        let key: String
        let feature: String
        let function: String
        let expected: String
        var description: String { "\(number). \(input) with \(key)" }
    }

    /// The cases `test-mapping.js` lists, read from its JavaScript: each `'N. title': {...}` with
    /// its `TestVerificationMethods.X` key named through that object.
    static func suiteCases() throws -> [SuiteCase] {
        let source = try w3c.text("vc-jose-cose-test-suite/tests/test-mapping.js")
        var keyFiles: [String: String] = [:]
        if let methods = source.firstMatch(of: /const TestVerificationMethods = \{([^}]*)\}/) {
            for match in methods.1.matches(of: /(\w+): '([^']+)'/) { keyFiles[String(match.1)] = String(match.2) }
        }
        let pattern =
            /'number': (\d+),\s*'input_file': '([^']+)',\s*'key_file': TestVerificationMethods\.(\w+),\s*'fn': TestFunction\.(\w+),\s*'feature': TestFeature\.(\w+),[^}]*?'expected_result': TestResult\.(\w+)/
        return source.matches(of: pattern).compactMap { match in
            guard let number = Int(match.1), let key = keyFiles[String(match.3)] else { return nil }
            return SuiteCase(
                number: number, input: String(match.2), key: key, feature: String(match.5), function: String(match.4), expected: String(match.6))
        }
    }

    /// The rule each failing JOSE credential case fails with: 9 is signed with the P-521 key and
    /// verified with the Ed25519 one, whose ids its kid is not; 10 is a credential with no JWS
    /// around it; 12 has a bad signature; 13 the media types bad+typ and bad+cty; 15 the claims vc and vp.
    static let expectedRules = [9: "VC-KID-UNRESOLVED", 10: "JWS-MALFORMED", 12: "JWS-SIGNATURE", 13: "VC-MEDIA-TYPE", 15: "VC-JWT-CLAIMS"]

    /// Out of scope, and not run: the presentation cases (3, 4, 7, 11, 14, 16: `vp+jwt` and
    /// enveloped credentials), the SD-JWT cases (17 to 26) and the COSE cases (27 to 35); the JOSE
    /// issuing cases (1, 2, 5) are the signing side's.
    @Test(.requiring(w3c, otherwise: "the W3C VC-JOSE-COSE test suite's JOSE credential cases are not verified"))
    func theW3CSuitesJOSECredentialCasesGetTheirExpectedVerdicts() throws {
        let cases = try Self.suiteCases().filter { $0.feature == "credential_jose" && $0.function == "verify" }
        #expect(cases.map(\.number) == [6, 8, 9, 10, 12, 13, 15])
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for suiteCase in cases {
            let key = try Self.publicKeyFile(suiteCase.key, in: folder)
            let input = Self.w3c.file(Self.suiteInputs + "/" + suiteCase.input).path
            let result = try Self.verify(["--key", key, "--profile", "none", "--format", "json", input])
            let rules = try Self.errorRules(result)[input] ?? ["no verdict"]
            if suiteCase.expected == "success" {
                #expect(result.status == 0 && rules.isEmpty, "\(suiteCase): \(rules) \(result.stderr)")
            } else {
                #expect(suiteCase.expected == "failure", "\(suiteCase)")
                #expect(result.status != 0 && Set(rules) == [Self.expectedRules[suiteCase.number] ?? "?"], "\(suiteCase): \(rules)")
            }
        }
    }

    @Test(.requiring(w3c, otherwise: "the W3C suite's key files are not checked"))
    func theSuitesKeyFilesAreRefusedForTheirSecretKey() throws {
        let key = Self.w3c.file(Self.suiteInputs + "/vm-ed25519.json").path
        let input = Self.w3c.file(Self.suiteInputs + "/credential-issuer-match-signed.txt").path
        let result = try Self.verify(["--key", key, "--profile", "none", input])
        #expect(result.status == 2)
        #expect(result.stderr.contains("secretKeyJwk") && result.stderr.contains("[DID-PRIVATE-KEY]"), "\(result.stderr)")
    }

    /// The suite's verification method `name` without its `secretKeyJwk`, written into `folder`.
    static func publicKeyFile(_ name: String, in folder: TemporaryFolder) throws -> String {
        let method = try JSONParser().parse(try w3c.bytes(suiteInputs + "/" + name))
        return try folder.write(name, bytes: JSONWriter().bytes(method.replacing(at: JSONPointer(tokens: ["secretKeyJwk"]), with: nil)))
    }

    @Test(.requiring(w3c, otherwise: "standard input is not checked with the W3C suite's credentials"))
    func standardInputHoldsOneCredentialALine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = try Self.publicKeyFile("vm-ed25519.json", in: folder)
        let lines = try ["credential-issuer-match-signed.txt", "credential-jose-bad-signature.txt"].map {
            try Self.w3c.text(Self.suiteInputs + "/" + $0).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let input = Data((lines[0] + "\n\n" + lines[1] + "\n").utf8)
        let result = try Self.verify(["--key", key, "--profile", "none", "--format", "json", "-"], input: .bytes(input))
        #expect(result.status == 1)
        #expect(try Self.errorRules(result) == ["-:1": [], "-:3": ["JWS-SIGNATURE"]])
        let text = try Self.verify(["--key", key, "--profile", "none", "-"], input: .bytes(input))
        #expect(text.stdout.contains("-:1: verified\n") && text.stdout.contains("-:3: not verified\n"))
        #expect(text.stdout.contains("-:3 (signature): error: the EdDSA signature does not verify with the key [JWS-SIGNATURE]"))
        #expect(text.stdout.contains("2 credential(s): 1 verified, 1 not verified"))
        let empty = try Self.verify(["--profile", "none", "-"], input: .bytes(Data("\n \n".utf8)))
        #expect(empty.status == 2 && empty.stdout.contains("[INPUT-UNREADABLE]"))
    }

    // MARK: - The command line

    @Test func usageErrorsExitWithTwo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let jwt = try folder.write("a.jwt", "a.b.c")
        for arguments in [
            [String](), ["--at", "yesterday", jwt], ["--resolve", "nowhere", jwt], ["--resolve", "https://x.example=\(folder.path("no"))", jwt],
            ["--did-document", folder.path("missing.json"), jwt], ["--key", jwt, jwt], ["--profile", "nothing", jwt], ["-", "-"],
            ["--jobs", "0", jwt],
        ] {
            let result = try Self.verify(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("dpp verify: "), "\(arguments)")
        }
        // A folder with nothing signed in it is not a pass with nothing verified.
        try folder.write("unsigned/01/09521234000358/10/L1/passport.jsonld", "{}")
        let unsigned = try Self.verify([folder.path("unsigned")])
        #expect(unsigned.status == 2 && unsigned.stderr.contains("holds no passport.jwt"), "\(unsigned.stderr)")
        let help = try DPPProcess.run(["verify", "--help"])
        #expect(help.status == 0 && help.stdout.contains("Usage: dpp verify PATH..."))
        #expect(try DPPProcess.run(["--help"]).stdout.contains("  verify "))
    }

    // MARK: - Hostile inputs

    /// A compact JWS of `header` and `payload` (JSON text) with a signature of 64 zero bytes.
    static func unsigned(header: String, payload: String) -> String {
        [header, payload].map { base64URL(Data($0.utf8)) }.joined(separator: ".") + "." + base64URL(Data(count: 64))
    }

    static let credential =
        #"{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential"],"issuer":"did:web:big.example","credentialSubject":{}}"#

    @Test(.timeLimit(.minutes(2)))
    func hostileCredentialsGetADiagnosticAndExitTwo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let huge = folder.file("huge.jwt")
        try Data(repeating: UInt8(ascii: "A"), count: 100 << 20).write(to: huge)
        let header = #"{"alg":"EdDSA","kid":"did:web:big.example#k","typ":"vc+jwt"}"#
        let bomb = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let cases: [(String, String, String)] = [
            ("dots", String(repeating: ".", count: 10_000), "JWS-MALFORMED"),
            ("base64", "eyJhbGciOiJFZERTQSJ9.a+b/c.=", "JWS-MALFORMED"),
            ("bomb", Self.unsigned(header: header, payload: bomb), "JWS-PAYLOAD-MALFORMED"),
            ("binary", String(decoding: (0..<256).map { UInt8($0) }, as: UTF8.self), "JWS-MALFORMED"),
        ]
        var files = [huge.path]
        for (name, text, _) in cases { files.append(try folder.write(name + ".jwt", text)) }
        let result = try Self.verify(["--profile", "none", "--format", "json"] + files)
        #expect(result.status == 2)
        let rules = try Self.errorRules(result)
        #expect(rules[huge.path] == ["INPUT-TOO-LARGE"])
        for (index, (name, _, rule)) in cases.enumerated() {
            #expect(rules[files[index + 1]]?.first == rule, "\(name): \(rules[files[index + 1]] ?? [])")
        }
        // 100 MB on standard input: one line, refused by its length.
        let piped = try Self.verify(["--profile", "none", "--format", "json", "-"], input: .file(huge))
        #expect(piped.status == 2)
        #expect(try Self.errorRules(piped) == ["-:1": ["JWS-TOO-LARGE"]])
    }

    @Test(.timeLimit(.minutes(2)))
    func aDIDDocumentWithAHundredThousandKeysIsRefusedByItsSize() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let methods = (0..<100_000).map { index in
            #"{"id":"did:web:big.example#k\#(index)","type":"JsonWebKey","controller":"did:web:big.example","publicKeyJwk":{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}}"#
        }
        let document =
            #"{"id":"did:web:big.example","verificationMethod":["# + methods.joined(separator: ",")
            + #"],"assertionMethod":["did:web:big.example#k99999"]}"#
        let documentFile = try folder.write("site/.well-known/did.json", document)
        let jwt = try folder.write(
            "credential.jwt", Self.unsigned(header: #"{"alg":"EdDSA","kid":"did:web:big.example#k99999","typ":"vc+jwt"}"#, payload: Self.credential))
        // Given as a DID document: the option cannot be used.
        let given = try Self.verify(["--profile", "none", "--did-document", documentFile, jwt])
        #expect(given.status == 2)
        #expect(given.stderr.contains("[DID-DOCUMENT-TOO-LARGE]"), "\(given.stderr)")
        // Found where the DID resolves: the credential's kid does not resolve, and says why.
        let resolved = try Self.verify(["--profile", "none", "--format", "json", "--resolve", "https://big.example=\(folder.path("site"))", jwt])
        #expect(resolved.status == 1)
        #expect(try Self.errorRules(resolved)[jwt] == ["VC-KID-UNRESOLVED"])
        #expect(resolved.stdout.contains("[DID-DOCUMENT-TOO-LARGE]"))
    }
}
