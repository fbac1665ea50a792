import Diagnostics

/// The rules of Bitstring Status Lists: the list, its credential, the entries that point into it,
/// and the allocation of indexes to lots.
///
/// The raw value is the id reports print (`STATUS-LIST-ENCODING`); it never changes once published.
/// Where the Recommendation names an error (`STATUS_LIST_LENGTH_ERROR`, `RANGE_ERROR`...), the
/// summary says which.
public enum StatusListRule: String, DiagnosticRule, CaseIterable {
    /// An `encodedList` that is not multibase base64url of a GZIP stream, or that inflates beyond the limit.
    case encoding = "STATUS-LIST-ENCODING"
    /// A bitstring shorter than the Recommendation's minimum, or of a length that is not whole bytes.
    case length = "STATUS-LIST-LENGTH"
    /// A status list credential without the members the Recommendation requires.
    case credential = "STATUS-LIST-CREDENTIAL"
    /// A `credentialStatus` entry without the members the Recommendation requires.
    case entry = "STATUS-ENTRY"
    /// A `statusListIndex` outside its list.
    case indexRange = "STATUS-INDEX-RANGE"
    /// An entry whose purpose is none of its list's purposes.
    case purposeMismatch = "STATUS-PURPOSE-MISMATCH"
    /// An index allocation file that cannot be read as one.
    case allocation = "STATUS-ALLOCATION"
    /// No index left in the status list for a new lot.
    case allocationFull = "STATUS-ALLOCATION-FULL"

    public static let module = "Credentials"

    public var defaultSeverity: Diagnostic.Severity { .error }

    public var kind: RuleKind {
        switch self {
        case .encoding, .credential, .allocation: .malformed
        case .length, .entry, .indexRange, .purposeMismatch, .allocationFull: .finding
        }
    }

    public var summary: String {
        switch self {
        case .encoding:
            "a status list's encodedList is multibase base64url (prefix u, no padding) of one GZIP stream that inflates to at most 16 MiB"
        case .length: "a status list holds at least 131,072 entries, in whole bytes (STATUS_LIST_LENGTH_ERROR)"
        case .credential:
            "a status list credential has the type BitstringStatusListCredential and a BitstringStatusList subject with statusPurpose and encodedList"
        case .entry:
            "a BitstringStatusListEntry has a statusPurpose, a statusListIndex (a base-10 string) and a statusListCredential URL"
        case .indexRange: "a statusListIndex lies inside its status list (RANGE_ERROR)"
        case .purposeMismatch: "a status entry's purpose is one of its status list's purposes (STATUS_VERIFICATION_ERROR)"
        case .allocation: "the site's status index allocation is well-formed: each lot one index, no index twice, all inside the list"
        case .allocationFull: "the status list has a free index for every new lot"
        }
    }
}
