import Credentials
import JSONCore

/// A public key given directly with `--key`: a verification method with `id`, `controller` and
/// `publicKeyJwk` (as the W3C test suites keep their keys), or a bare public JWK.
///
/// It is trusted for every `kid` equal to the method's id, the JWK's `kid` or its RFC 7638
/// thumbprint. A file that holds private key material is refused: a verifier needs none, and a
/// private key should not travel with the public one.
public struct TrustedKey: Sendable {
    /// The `kid`s the key is trusted for.
    public let keyIDs: Set<String>
    /// The key, with its controller (none for a bare JWK).
    public let key: ResolvedKey

    /// The key a JSON object holds: a verification method when it has a `publicKeyJwk`, else a JWK.
    /// - Throws: a ``VerificationFailure`` of `DID-PRIVATE-KEY` for private key material (`d`, a
    ///   `secretKeyJwk`), of `DID-DOCUMENT-MALFORMED`, `DID-KEY-NOT-JWK`, `JWK-INVALID` or
    ///   `KEY-UNSUPPORTED` for a method or JWK that cannot be used.
    public init(json: JSONValue) throws(VerificationFailure) {
        guard json["publicKeyJwk"] != nil else {
            try self.init(jwk: json, id: nil, controller: nil)
            return
        }
        let method: VerificationMethod
        do { method = try VerificationMethod(json: json) } catch { throw Self.failure(error) }
        guard VerificationMethod.jsonWebKeyTypes.contains(method.type), let publicKey = method.publicKeyJWK else {
            throw VerificationFailure(DIDDocumentError.notJsonWebKey(method.id, type: method.type))
        }
        try self.init(jwk: publicKey, id: method.id, controller: method.controller)
    }

    /// The public key of the JWK `json`, trusted for `id`, the JWK's `kid` and its thumbprint.
    private init(jwk json: JSONValue, id: String?, controller: String?) throws(VerificationFailure) {
        let jwk: JWK
        do { jwk = try JWK(json: json) } catch { throw VerificationFailure(error) }
        guard !jwk.isPrivate else { throw Self.failure(.privateKeyMaterial(keyID: id ?? jwk.keyID ?? "the JWK", members: ["d"])) }
        do throws(CredentialError) {
            let thumbprint = try jwk.thumbprint()
            keyIDs = Set([id, jwk.keyID, thumbprint].compactMap { $0 })
            key = ResolvedKey(publicKey: try PublicKey(jwk: jwk), id: id ?? jwk.keyID ?? thumbprint, controller: controller)
        } catch {
            throw VerificationFailure(error)
        }
    }

    /// The failure a method's problem is, worded for a key given to a verifier.
    private static func failure(_ error: DIDDocumentError) -> VerificationFailure {
        guard case .privateKeyMaterial(let keyID, let members) = error else { return VerificationFailure(error) }
        return VerificationFailure(
            error.rule,
            "the key \(keyID) comes with private key material (\(members.joined(separator: ", "))); a verifier needs only the public key: "
                + "give a file without it, and keep private keys out of the files you hand on")
    }
}
