/// Why a status list, its credential or an entry pointing into it could not be made, read or checked.
public enum StatusListError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A list length below the minimum, above the maximum, or not a whole number of bytes.
    case invalidLength(Int)
    /// An `encodedList` that does not start with the multibase prefix `u` (base64url, no padding).
    case notMultibaseBase64URL
    /// The text after `u` is not base64url without padding.
    case notBase64URL
    /// The decoded bytes are not a GZIP stream.
    case notGZIP
    /// The GZIP stream ends before its trailer.
    case truncated
    /// The GZIP stream is damaged; zlib's message.
    case corrupt(String)
    /// The bitstring would inflate beyond ``BitstringStatusList/maximumDecodedBytes``.
    case decompressedTooLarge(limit: Int)
    /// zlib failed for want of memory or a bad state (its status).
    case zlibFailed(status: Int32)
    /// An index outside the list (the Recommendation's `RANGE_ERROR`).
    case indexOutOfRange(index: String, length: Int)
    /// A status list credential that lacks a member or has one of the wrong kind.
    case malformedCredential(String)
    /// A `BitstringStatusListEntry` that lacks a member or has one of the wrong kind.
    case malformedEntry(String)
    /// The entry's purpose is none of its list's (the Recommendation's `STATUS_VERIFICATION_ERROR`).
    case purposeMismatch(entry: StatusPurpose, list: [StatusPurpose])

    /// The rule the problem breaks.
    public var rule: StatusListRule {
        switch self {
        case .invalidLength: .length
        case .notMultibaseBase64URL, .notBase64URL, .notGZIP, .truncated, .corrupt, .decompressedTooLarge, .zlibFailed: .encoding
        case .indexOutOfRange: .indexRange
        case .malformedCredential: .credential
        case .malformedEntry: .entry
        case .purposeMismatch: .purposeMismatch
        }
    }

    public var description: String {
        switch self {
        case .invalidLength(let length):
            "a status list of \(length) entries is not allowed: at least \(BitstringStatusList.minimumLength), "
                + "at most \(BitstringStatusList.maximumLength), and a multiple of 8"
        case .notMultibaseBase64URL: "the encodedList does not start with u, the multibase prefix of base64url without padding"
        case .notBase64URL: "the encodedList after its prefix u is not base64url without padding"
        case .notGZIP: "the encodedList does not hold a GZIP stream (it must start with 1F 8B 08)"
        case .truncated: "the encodedList's GZIP stream is cut short"
        case .corrupt(let message): "the encodedList's GZIP stream is damaged: \(message)"
        case .decompressedTooLarge(let limit): "the encodedList inflates to more than \(limit) bytes, the most accepted"
        case .zlibFailed(let status): "zlib failed on the status list (status \(status))"
        case .indexOutOfRange(let index, let length): "status list index \(index) is outside the list of \(length) entries"
        case .malformedCredential(let problem): "the status list credential is malformed: \(problem)"
        case .malformedEntry(let problem): "the credentialStatus entry is malformed: \(problem)"
        case .purposeMismatch(let entry, let list):
            "the entry's statusPurpose \(entry) is not a purpose of its status list (\(list.map(\.rawValue).joined(separator: ", ")))"
        }
    }
}
