import Credentials

/// The public key a credential's `kid` names, and who controls it.
public struct ResolvedKey: Sendable {
    /// The key that verifies the signature.
    public let publicKey: PublicKey
    /// The key's id: its verification method's DID URL, or the kid a bare JWK is trusted for.
    public let id: String
    /// The DID (or URL) that controls the key, which a credential it signs must name as its
    /// issuer; `nil` for a bare JWK given with `--key`, which is trusted whatever the issuer.
    public let controller: String?
}

/// What a `kid` resolved to: a key, or why there is none.
public enum KeyResolution: Sendable {
    /// The key the `kid` names.
    case resolved(ResolvedKey)
    /// No usable key; why, and the controller the `kid` claims (the DID of a DID URL), if any.
    case unresolved(VerificationFailure, claimedController: String?)

    /// The key, when there is one.
    public var key: ResolvedKey? {
        if case .resolved(let key) = self { key } else { nil }
    }

    /// Who signed, as far as the verifier knows: the key's controller, or the DID the `kid` names.
    public var signer: String? {
        switch self {
        case .resolved(let key): key.controller
        case .unresolved(_, let claimed): claimed
        }
    }

    /// The controller a `kid` claims: what comes before the `#` of a DID URL; none for a bare
    /// key id or a relative one (`#key-1`), which names no controller.
    static func claimedController(of keyID: String) -> String? {
        guard let hash = keyID.firstIndex(of: "#"), hash != keyID.startIndex else { return nil }
        return String(keyID[..<hash])
    }
}
