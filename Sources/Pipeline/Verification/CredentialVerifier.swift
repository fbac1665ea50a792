import Credentials
import Diagnostics
import JSONCore

/// Verifies secured credentials (`application/vc+jwt`): runs its policies on each, in order, and
/// lists every failure, as swift-certificates' `Verifier` does.
///
/// Only a JWS that cannot be taken apart stops verification; after that the payload is read,
/// the `kid` resolved (by the ``CredentialResolver``, apart from the policies), and every
/// policy runs. The verifier may be shared by threads.
public struct CredentialVerifier: Sendable {
    /// Where keys and status lists are found.
    public let resolver: CredentialResolver
    /// When credentials are checked.
    public let time: VerificationTime
    /// The policies, in the order their failures are listed.
    public let policies: [any VerificationPolicy]

    /// A verifier with the policies `policies` builds.
    public init(resolver: CredentialResolver, time: VerificationTime, @PolicyBuilder policies: () -> [any VerificationPolicy]) {
        self.resolver = resolver
        self.time = time
        self.policies = policies()
    }

    /// The policies every secured credential is held to, status lists too, in order: the media
    /// type, the payload a credential, no `vc`/`vp` claims, the algorithm, the `kid`, the issuer,
    /// the signature, the validity period (`validity`).
    public static func securingPolicies(validity: ValidityPolicy = ValidityPolicy()) -> [any VerificationPolicy] {
        [
            MediaTypePolicy(), CredentialPayloadPolicy(), JWTClaimsPolicy(), AlgorithmPolicy(), KeyIDPolicy(), IssuerPolicy(),
            SignaturePolicy(), validity,
        ]
    }

    /// What verifying one credential found.
    public struct Outcome: Sendable {
        /// Every failure, in the order of the policies.
        public let diagnostics: [Diagnostic]
        /// The payload, when it is JSON (trusted only when ``diagnostics`` has no error).
        public let payload: JSONValue?
    }

    /// The verification of the compact JWS `compact` (surrounding white space ignored), found at `source`.
    public func verify(_ compact: [UInt8], at source: SourceLocation) -> Outcome {
        let jws: ParsedJWS
        do {
            jws = try ParsedJWS(compact: Array(Self.trimmed(compact[...])))
        } catch {
            return Outcome(diagnostics: [error.diagnostic(at: source)], payload: nil)
        }
        var diagnostics: [Diagnostic] = []
        let payload: JSONValue?
        do {
            payload = try JWS.payloadJSON(jws.payload)
        } catch {
            payload = nil
            diagnostics.append(error.diagnostic(at: source))
        }
        let credential = SecuredCredential(
            jws: jws, payload: payload, key: resolver.key(named: jws.header.keyID), source: source, time: time)
        for policy in policies { diagnostics += policy.failures(of: credential) }
        return Outcome(diagnostics: diagnostics, payload: payload)
    }

    /// `bytes` without the ASCII white space around them (a file's final line break).
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isText: (UInt8) -> Bool = { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        guard let first = bytes.firstIndex(where: isText), let last = bytes.lastIndex(where: isText) else { return [] }
        return bytes[first...last]
    }
}
