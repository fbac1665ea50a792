import Credentials
import Diagnostics
import Foundation
import JSONCore
import Passport
import Pipeline
import TestSupport

/// A signed site in a temporary folder, laid out as `dpp generate --key` publishes it: the
/// issuer's DID document where its `did:web` DID resolves (or `issuer/did.json` when the DID is
/// on another host), a revocation status list credential at `status/revocation.jwt`, and
/// passports at `01/<gtin>/10/<lot>/passport.jwt`; each part can be spoiled by a test.
struct SignedSite {
    /// Where the site is hosted.
    static let base = "https://dpp.example.com"
    /// The URL of its status list credential.
    static let statusListURL = base + "/status/revocation.jwt"
    /// The GTIN of its passports.
    static let gtin = "09521234000358"
    /// The day the tests check on, by default.
    static let checkDay = VerificationTime("2026-09-01")!

    let folder: TemporaryFolder
    let did: DIDWeb
    let key: PrivateKey
    let algorithm: SigningAlgorithm
    /// The DID URL of the key, the `kid` of its signatures.
    let keyID: String
    private(set) var document: DIDDocument

    /// A site of the issuer `did` (on the site's host unless told otherwise) signing with a new
    /// key of `algorithm`, its status list published with every bit clear.
    init(did: String = "did:web:dpp.example.com:khangai-cashmere", algorithm: SigningAlgorithm = .edDSA) throws {
        folder = try TemporaryFolder()
        self.did = try DIDWeb(did)
        self.algorithm = algorithm
        key = try PrivateKey.generate(on: algorithm.curve)
        (document, keyID) = try Self.document(of: self.did, with: [key], algorithm: algorithm)
        try writeDocument(document)
        try publishStatusList()
    }

    /// The DID document of `did` listing `keys` under `assertionMethod`, and the DID URL of the first.
    static func document(of did: DIDWeb, with keys: [PrivateKey], algorithm: SigningAlgorithm) throws -> (DIDDocument, String) {
        var document = DIDDocument(did: did)
        var first = ""
        for key in keys {
            let thumbprint = try key.publicKey.jwk().thumbprint()
            try document.addAssertionKey(key.publicKey.jwk(algorithm: algorithm, keyID: thumbprint).json, keyID: thumbprint)
            if first.isEmpty { first = did.description + "#" + thumbprint }
        }
        return (document, first)
    }

    /// Where the site publishes the issuer's DID document, below its folder.
    var documentPath: String {
        did.host == "dpp.example.com" ? did.documentSitePath.joined(separator: "/") : "issuer/did.json"
    }

    /// Writes `document` where the issuer's DID document goes.
    func writeDocument(_ document: DIDDocument) throws {
        try folder.write(documentPath, bytes: document.fileBytes)
    }

    /// Adds a new key to `document`, a DID document of the issuer, and returns it with its DID URL.
    func addKey(to document: inout DIDDocument) throws -> (key: PrivateKey, keyID: String) {
        let newKey = try PrivateKey.generate(on: algorithm.curve)
        let thumbprint = try newKey.publicKey.jwk().thumbprint()
        try document.addAssertionKey(newKey.publicKey.jwk(algorithm: algorithm, keyID: thumbprint).json, keyID: thumbprint)
        return (newKey, did.description + "#" + thumbprint)
    }

    /// Adds a new key of the issuer's to its published DID document (a rotation) and returns it with its DID URL.
    mutating func rotate() throws -> (key: PrivateKey, keyID: String) {
        let added = try addKey(to: &document)
        try writeDocument(document)
        return added
    }

    /// The id of the passport of `lot`.
    static func passportID(lot: String) -> String { "\(base)/01/\(gtin)/10/\(lot)/passport.jsonld" }

    /// A small passport credential of `lot`, its status at `index` of the site's list.
    func credential(lot: String, index: Int, purpose: StatusPurpose = .revocation) -> JSONValue {
        [
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "id": .string(Self.passportID(lot: lot)),
            "type": ["VerifiableCredential", "DigitalProductPassport"],
            "issuer": ["type": ["CredentialIssuer"], "id": .string(did.description), "name": "Khangai Cashmere LLC"],
            "validFrom": "2026-08-12T08:00:00Z",
            "credentialStatus": BitstringStatusListEntry(statusPurpose: purpose, statusListIndex: index, statusListCredential: Self.statusListURL)
                .json,
            "credentialSubject": ["id": .string("https://id.gs1.org/01/\(Self.gtin)/10/\(lot)")],
        ]
    }

    /// The header the site signs with: `alg`, the key's DID URL, `typ` `vc+jwt`, `cty` `vc`.
    var header: JOSEHeader { JOSEHeader(algorithm: algorithm, keyID: keyID, type: "vc+jwt", contentType: "vc") }

    /// `payload` as a compact JWS under `header` (the site's by default), signed by `key` (the site's by default).
    func sign(_ payload: JSONValue, header: JOSEHeader? = nil, key: PrivateKey? = nil) throws -> String {
        try JWS.sign(payload: JSONWriter().bytes(payload), header: header ?? self.header, key: key ?? self.key)
    }

    /// Writes `jwt` as the passport of `lot` and returns its path.
    @discardableResult
    func publish(lot: String, _ jwt: String) throws -> String {
        try folder.write("01/\(Self.gtin)/10/\(lot)/passport.jwt", jwt)
    }

    /// Signs and publishes the passport of `lot` at status index `index`; its path.
    @discardableResult
    func publishPassport(lot: String, index: Int) throws -> String {
        try publish(lot: lot, try sign(credential(lot: lot, index: index)))
    }

    /// Publishes the status list credential with the bits `set` set, of `purpose`, valid from
    /// `validFrom` (until `validUntil`), issued by `issuer` (the site's) and signed with `key`
    /// under `header` (the site's).
    func publishStatusList(
        setting set: [Int] = [], purpose: StatusPurpose = .revocation, validFrom: String = "2026-08-12T08:00:00Z", validUntil: String? = nil,
        issuer: String? = nil, header: JOSEHeader? = nil, key: PrivateKey? = nil
    ) throws {
        var list = try BitstringStatusList()
        for index in set { try list.set(index) }
        let credential = BitstringStatusListCredential(
            id: Self.statusListURL, issuer: issuer ?? did.description, validFrom: validFrom, validUntil: validUntil, statusPurpose: purpose,
            list: list)
        try folder.write("status/revocation.jwt", try sign(try credential.json(), header: header, key: key))
    }

    /// The report of verifying `inputs` (the site folder by default) at `time`, with the
    /// `--key`, `--did-document` and `--resolve` options given and the passport check `check`.
    func verify(
        _ inputs: [String]? = nil, at time: VerificationTime = checkDay, keys: [String] = [], didDocuments: [String] = [],
        resolve: [String] = [], check: PassportCheckPolicy? = nil
    ) throws -> ValidationReport {
        let inputs = inputs ?? [folder.url.path]
        let resolver = try CredentialResolver.load(inputs: inputs, resolve: resolve, didDocuments: didDocuments, keys: keys)
        let verification = CredentialVerification(verifier: .passports(resolver: resolver, time: time, check: check), profile: nil)
        return verification.report(on: try CredentialInput.inputs(inputs), jobs: JobCount(2)!)
    }

    /// The `--resolve` option that maps the site's base URL to its folder.
    var resolveOption: String { "\(Self.base)=\(folder.url.path)" }

    /// Deletes the site's folder.
    func remove() { folder.remove() }
}

extension ValidationReport {
    /// The rule ids of the errors of each file, by the file's name relative to `folder`.
    func errorRules(relativeTo folder: TemporaryFolder) -> [String: [String]] {
        var rules: [String: [String]] = [:]
        for file in files {
            let name = file.path.hasPrefix(folder.url.path + "/") ? String(file.path.dropFirst(folder.url.path.count + 1)) : file.path
            rules[name] = file.diagnostics.filter { $0.severity == .error }.map(\.ruleID)
        }
        return rules
    }

    /// The diagnostics of file `file`, none when there is no such file.
    func diagnostics(file: Int = 0) -> [Diagnostic] {
        files.indices.contains(file) ? files[file].diagnostics : []
    }

    /// The message of diagnostic `diagnostic` of file `file`, empty when there is none.
    func message(file: Int = 0, diagnostic: Int = 0) -> String {
        let diagnostics = diagnostics(file: file)
        return diagnostics.indices.contains(diagnostic) ? diagnostics[diagnostic].message : ""
    }

    /// The rule ids of the errors of the one file verified.
    var onlyFileErrorRules: [String] {
        files.count == 1 ? files[0].diagnostics.filter { $0.severity == .error }.map(\.ruleID) : ["\(files.count) files"]
    }
}
