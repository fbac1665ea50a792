import Credentials
import JSONCore
import Synchronization

/// Finds what a secured credential points to, without the network: the key its `kid` names and
/// the files (status lists) its URLs name.
///
/// A `kid` is looked up among the keys given with `--key` first, then in the DID document of its
/// `did:web` DID: one given with `--did-document` (or found in a site's `issuer/did.json`), else
/// the file its URL maps to through ``urls``. Each DID document is read once and each `kid`
/// resolved once, however many credentials name them; the resolver may be shared by threads.
public final class CredentialResolver: Sendable {
    /// The local folders URLs map to.
    public let urls: LocalResolver
    /// The keys given directly.
    public let trustedKeys: [TrustedKey]
    /// The DID documents given, by DID.
    public let documents: [String: DIDDocument]

    private let resolutions = Mutex<[String: KeyResolution]>([:])
    private let readDocuments = Mutex<[String: Result<DIDDocument, VerificationFailure>]>([:])

    /// A resolver of `urls`, `trustedKeys` and `documents`; documents of the same DID are merged.
    /// - Throws: ``VerificationSetupError`` when two documents of one DID give one key id two keys.
    public init(urls: LocalResolver, trustedKeys: [TrustedKey] = [], documents: [DIDDocument] = []) throws(VerificationSetupError) {
        var byDID: [String: DIDDocument] = [:]
        for document in documents {
            guard var known = byDID[document.id] else {
                byDID[document.id] = document
                continue
            }
            do { try known.merge(document) } catch { throw VerificationSetupError("the DID documents of \(document.id) disagree: \(error)") }
            byDID[document.id] = known
        }
        self.urls = urls
        self.trustedKeys = trustedKeys
        self.documents = byDID
    }

    /// The key `keyID` (a JWS `kid`) names, or why there is none.
    public func key(named keyID: String?) -> KeyResolution {
        guard let keyID else {
            return .unresolved(
                VerificationFailure(VerificationRule.keyIDUnresolved, "the protected header has no kid, so no key can be found to verify it"),
                claimedController: nil)
        }
        if let known = resolutions.withLock({ $0[keyID] }) { return known }
        let resolution = resolve(keyID)
        resolutions.withLock { $0[keyID] = resolution }
        return resolution
    }

    /// The key `keyID` names: a trusted key, else a key of the DID document of its DID.
    private func resolve(_ keyID: String) -> KeyResolution {
        let claimed = KeyResolution.claimedController(of: keyID)
        func failure(_ rule: VerificationRule, _ message: String) -> KeyResolution {
            .unresolved(VerificationFailure(rule, message), claimedController: claimed)
        }
        if let trusted = trustedKeys.first(where: { $0.keyIDs.contains(keyID) }) {
            if let claimed, let controller = trusted.key.controller, claimed != controller {
                return failure(.keyIDOtherDID, "kid \(keyID) names a key of \(claimed), but the key given for it with --key is \(controller)'s")
            }
            return .resolved(trusted.key)
        }
        guard claimed != nil || keyID.hasPrefix("did:") else {
            let given = trustedKeys.isEmpty ? "no key is given with --key" : "it is the id of no key given with --key"
            return failure(.keyIDUnresolved, "kid \(keyID) is not a DID URL, and \(given)")
        }
        let keyURL: DIDKeyURL
        do { keyURL = try DIDKeyURL(keyID) } catch { return .unresolved(VerificationFailure(error), claimedController: claimed) }
        let did = keyURL.did.description
        let document: DIDDocument
        switch self.document(of: keyURL.did) {
        case .success(let found): document = found
        case .failure(let problem): return .unresolved(problem, claimedController: claimed)
        }
        let jwkJSON: JSONValue
        do { jwkJSON = try document.assertionKey(keyID) } catch { return .unresolved(VerificationFailure(error), claimedController: claimed) }
        if let controller = document.verificationMethod(keyID)?.controller, controller != did {
            return failure(.keyIDOtherDID, "\(did)'s DID document lists \(keyID) as a key of \(controller), not of \(did)")
        }
        do throws(CredentialError) {
            let jwk = try JWK(json: jwkJSON)
            return .resolved(ResolvedKey(publicKey: try PublicKey(jwk: jwk), id: keyID, controller: did))
        } catch {
            return failure(.keyIDUnresolved, "the key \(keyID) in \(did)'s DID document cannot be used: \(VerificationFailure(error))")
        }
    }

    /// The DID document of `did`: given, or read from the file its URL maps to.
    private func document(of did: DIDWeb) -> Result<DIDDocument, VerificationFailure> {
        if let given = documents[did.description] { return .success(given) }
        if let known = readDocuments.withLock({ $0[did.description] }) { return known }
        let document = read(did)
        readDocuments.withLock { $0[did.description] = document }
        return document
    }

    /// The DID document of `did` read from the file its URL maps to, which must be that DID's.
    private func read(_ did: DIDWeb) -> Result<DIDDocument, VerificationFailure> {
        guard let path = urls.path(of: did.documentURL) else {
            return .failure(
                VerificationFailure(
                    VerificationRule.keyIDUnresolved,
                    "no DID document for \(did): \(did.documentURL) is in no site folder or --resolve mapping; "
                        + "give the document with --did-document, or its site with --resolve"))
        }
        switch DIDDocument.read(file: path) {
        case .success(let document) where document.id == did.description:
            return .success(document)
        case .success(let document):
            return .failure(
                VerificationFailure(VerificationRule.keyIDOtherDID, "\(path), where \(did) resolves, is the DID document of \(document.id)"))
        case .failure(let problem):
            return .failure(VerificationFailure(VerificationRule.keyIDUnresolved, "\(did)'s DID document cannot be used: \(problem)"))
        }
    }
}
