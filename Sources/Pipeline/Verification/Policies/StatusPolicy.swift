import Credentials
import Diagnostics

/// The credential is neither revoked nor suspended: for each `BitstringStatusListEntry` of its
/// `credentialStatus`, the list it names is read, verified and issued by the credential's own
/// issuer, and the credential's bit in it is clear (Bitstring Status List §3.2).
///
/// A list that cannot be read or does not verify is a failure (`VC-STATUS-UNAVAILABLE`), never a
/// pass: the status is unknown. Bits of purposes other than revocation and suspension (refresh,
/// message) do not make a credential fail. Status entries of other types are ignored, as
/// VC-JOSE-COSE asks of extensions a verifier does not understand.
public struct StatusPolicy: VerificationPolicy {
    /// Where the lists come from.
    public let lists: StatusLists

    public init(lists: StatusLists) {
        self.lists = lists
    }

    public func failures(of credential: SecuredCredential) -> [Diagnostic] {
        guard let payload = credential.payload else { return [] }
        let location = credential.payloadLocation("credentialStatus")
        let entries: [BitstringStatusListEntry]
        do { entries = try BitstringStatusListEntry.entries(inCredential: payload) } catch {
            return [VerificationFailure(error).diagnostic(at: location)]
        }
        return entries.compactMap { entry in
            failure(of: entry, issuer: credential.issuer)?.diagnostic(at: location)
        }
    }

    /// Why `entry` fails, if it does.
    private func failure(of entry: BitstringStatusListEntry, issuer: String?) -> VerificationFailure? {
        let list: BitstringStatusListCredential
        switch lists.list(at: entry.statusListCredential) {
        case .success(let verified): list = verified
        case .failure(let failure): return failure
        }
        guard list.issuer == issuer else {
            return VerificationFailure(
                VerificationRule.statusUnavailable,
                "the status list \(entry.statusListCredential) is issued by \(list.issuer), not by the credential's issuer \(issuer ?? "(none)")")
        }
        let isSet: Bool
        do { isSet = try list.status(of: entry) } catch { return VerificationFailure(error) }
        guard isSet else { return nil }
        let bit = "bit \(entry.statusListIndex) of \(entry.statusListCredential) is set"
        switch entry.statusPurpose {
        case .revocation: return VerificationFailure(VerificationRule.revoked, "the credential is revoked: \(bit)")
        case .suspension: return VerificationFailure(VerificationRule.suspended, "the credential is suspended: \(bit)")
        default: return nil
        }
    }
}
