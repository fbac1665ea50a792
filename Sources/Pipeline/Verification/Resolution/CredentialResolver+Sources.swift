import Credentials
import Foundation

extension CredentialResolver {
    /// The resolver of `dpp verify`: the `--resolve` mappings, then the sites found among the
    /// inputs, the `--did-document` files, the `issuer/did.json` of every site and mapped
    /// folder, and the `--key` files.
    /// - Throws: ``VerificationSetupError`` for an option or a site DID document that cannot be used.
    public static func load(inputs: [String], resolve: [String], didDocuments: [String], keys: [String]) throws(VerificationSetupError)
        -> CredentialResolver
    {
        var mappings: [URLMapping] = []
        for option in resolve {
            let mapping = try URLMapping(option: option)
            guard InputPaths.isFolder(mapping.folder) else { throw VerificationSetupError("--resolve \(option): \(mapping.folder) is not a folder") }
            mappings.append(mapping)
        }
        let sites = SiteFolder.mappings(of: inputs)
        var documents: [DIDDocument] = []
        for file in didDocuments { documents.append(try document(in: file, named: "--did-document \(file)")) }
        for site in mappings + sites {
            let file = site.folder + "/" + SiteFolder.issuerDocumentPath
            if FileManager.default.fileExists(atPath: file) { documents.append(try document(in: file, named: file)) }
        }
        var trusted: [TrustedKey] = []
        for file in keys { trusted.append(try key(in: file)) }
        return try CredentialResolver(urls: LocalResolver(mappings: mappings + sites), trustedKeys: trusted, documents: documents)
    }

    /// The DID document in `file`, which `name` names in messages.
    private static func document(in file: String, named name: String) throws(VerificationSetupError) -> DIDDocument {
        switch DIDDocument.read(file: file) {
        case .success(let document): return document
        case .failure(let problem): throw VerificationSetupError("\(name): \(problem)")
        }
    }

    /// The public key in the `--key` file `file`: a verification method or a JWK, never a private key.
    private static func key(in file: String) throws(VerificationSetupError) -> TrustedKey {
        let name = "--key \(file)"
        let bytes: [UInt8]
        switch InputFile.read(file, limit: DIDDocument.maximumBytes) {
        case .success(let read): bytes = read
        case .failure(let diagnostic): throw VerificationSetupError("\(name): \(diagnostic.message) [\(diagnostic.ruleID)]")
        }
        if String(decoding: bytes.prefix(4096), as: UTF8.self).contains("PRIVATE KEY-----") {
            let refusal = VerificationFailure(
                DIDRule.privateKey,
                "the file holds a PEM private key; a verifier needs only the public key: give its public JWK or verification method")
            throw VerificationSetupError("\(name): \(refusal)")
        }
        switch JSONInput.parse(bytes, file: file) {
        case .success(let json):
            do { return try TrustedKey(json: json) } catch { throw VerificationSetupError("\(name): \(error)") }
        case .failure(let diagnostic):
            throw VerificationSetupError("\(name): \(diagnostic.message) [\(diagnostic.ruleID)]")
        }
    }
}
