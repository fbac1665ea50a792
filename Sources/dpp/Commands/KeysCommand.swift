import Credentials
import Pipeline

/// `dpp keys new`: a signing key for an issuer's `did:web` DID, and its DID document.
enum KeysCommand: Command {
    static let name = "keys"
    static let summary = "create a signing key for the issuer's did:web DID"
    static let help = """
        Usage: dpp keys new --did did:web:DOMAIN[:PATH] --out FOLDER [--alg EdDSA|Ed25519|ES256]

        Creates a private key in FOLDER (created when missing) for the issuer DID and adds its
        public key to FOLDER/did.json, the DID document, which keeps every key it was ever given:
        after a rotation, passports signed with an earlier key still verify. Files written:

          FOLDER/<thumbprint>.pem        the private key (PKCS#8 PEM, mode 0600); sign with
                                         `dpp generate --key FOLDER/<thumbprint>.pem`; never
                                         publish it, never share it
          FOLDER/<thumbprint>.jwk.json   the public key (JWK)
          FOLDER/did.json                the DID document (JsonWebKey verification methods,
                                         assertionMethod); dpp generate publishes it with the site

        <thumbprint> is the key's RFC 7638 JWK thumbprint; the key's id is DID#<thumbprint>, the
        `kid` of its signatures. The DID must be the catalogue's issuer DID.

        Options:
          --did DID     the issuer's did:web DID (did:web:example.com, did:web:example.com:path)
          --out FOLDER  where the key and the DID document are written
          --alg ALG     EdDSA (Ed25519, the default), Ed25519 (the same key, with RFC 9864's
                        fully specified name in signatures) or ES256 (P-256)

        Exit codes: 0 created, 2 usage error or a file that cannot be written.

        """

    /// The algorithms a new key may be for.
    static let algorithms: [SigningAlgorithm] = [.edDSA, .ed25519, .es256]

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        guard let did = try arguments.option("--did") else { throw UsageError("--did did:web:DOMAIN is required") }
        guard let folder = try arguments.option("--out") else { throw UsageError("--out FOLDER is required") }
        let algorithmName = try arguments.option("--alg") ?? SigningAlgorithm.default.rawValue
        guard let algorithm = algorithms.first(where: { $0.rawValue == algorithmName }) else {
            throw UsageError("--alg must be \(algorithms.map(\.rawValue).joined(separator: ", ")), not '\(algorithmName)'")
        }
        let words = try arguments.positionals()
        guard words == ["new"] else { throw UsageError(words.isEmpty ? "missing subcommand: new" : "unknown subcommand '\(words[0])'; use new") }
        let added = try IssuerKeyFolder.addKey(did: did, algorithm: algorithm, in: folder)
        console.out(
            """
            Created the \(algorithm.rawValue) key \(added.keyURL)
              private key (keep it secret, mode 0600): \(added.privateKeyFile)
              public key: \(added.publicKeyFile)
              DID document: \(added.didDocumentFile)

            """)
        return .success
    }
}
