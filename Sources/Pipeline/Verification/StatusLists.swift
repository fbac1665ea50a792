import Credentials
import Diagnostics
import Synchronization

/// The status lists credentials point to: each read through the resolver, verified as a
/// credential in its own right (with the securing policies), read as a Bitstring Status List
/// credential, and kept for every other credential that names it.
public final class StatusLists: Sendable {
    /// Verifies the lists; its resolver reads them.
    public let verifier: CredentialVerifier
    private let lists = Mutex<[String: Result<BitstringStatusListCredential, VerificationFailure>]>([:])

    /// The lists `verifier` reads and verifies.
    public init(verifier: CredentialVerifier) {
        self.verifier = verifier
    }

    /// The verified status list credential at `url`, or why there is none (`VC-STATUS-UNAVAILABLE`,
    /// naming the list's own failures).
    public func list(at url: String) -> Result<BitstringStatusListCredential, VerificationFailure> {
        if let known = lists.withLock({ $0[url] }) { return known }
        let list = load(url)
        lists.withLock { $0[url] = list }
        return list
    }

    private func load(_ url: String) -> Result<BitstringStatusListCredential, VerificationFailure> {
        func unavailable(_ reason: String) -> Result<BitstringStatusListCredential, VerificationFailure> {
            .failure(VerificationFailure(VerificationRule.statusUnavailable, "the status list \(url) \(reason)"))
        }
        let file: LocalResolver.ResolvedFile
        switch verifier.resolver.urls.read(url, limit: JWS.maximumSize) {
        case .success(let read): file = read
        case .failure(let miss): return unavailable("cannot be read, so the status is unknown: \(miss)")
        }
        let result = verifier.verify(file.bytes, at: SourceLocation(file: file.path))
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let payload = result.payload else {
            let reasons = errors.map { "\($0.message) [\($0.ruleID)]" }.joined(separator: "; ")
            return unavailable("(\(file.path)) does not verify, so its bits cannot be trusted: \(reasons)")
        }
        let list: BitstringStatusListCredential
        do { list = try BitstringStatusListCredential(json: payload) } catch {
            return unavailable("(\(file.path)) is not a status list credential: \(VerificationFailure(error))")
        }
        if let id = list.id, id != url {
            return unavailable("(\(file.path)) is the list \(id), not \(url)")
        }
        return .success(list)
    }
}
