/// The character sets of GS1 application identifier values.
///
/// CSET 82 is the default for alphanumeric AIs (letters, digits and 20 punctuation marks),
/// CSET 39 is used by component/part identifiers (AI 8010), CSET 64 (base64url) by the digital
/// signature (AI 8030). All are ASCII subsets; anything else is refused byte by byte.
public enum GS1CharacterSet: String, Hashable, Sendable {
    /// The digits 0 to 9 (`N` in the syntax dictionary).
    case numeric = "digits"
    /// GS1 AI encodable character set 82 (`X`).
    case cset82 = "CSET 82"
    /// GS1 AI encodable character set 39 (`Y`): `#`, `-`, `/`, digits and upper-case letters.
    case cset39 = "CSET 39"
    /// GS1 AI encodable character set 64 (`Z`): base64url, with `=` allowed only as final padding.
    case cset64 = "CSET 64"

    /// Whether the ASCII byte belongs to this set (for CSET 64, `=` is judged by ``firstInvalidIndex(in:)``).
    @inline(__always)
    public func contains(_ byte: UInt8) -> Bool {
        members.contains(byte)
    }

    /// The index of the first byte outside the set, or nil when every byte belongs to it.
    public func firstInvalidIndex<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes) -> Int? where Bytes.Index == Int {
        var end = bytes.endIndex
        if self == .cset64 {
            // Up to two '=' of padding may close a base64url value.
            var padding = 0
            while end > bytes.startIndex, bytes[end - 1] == UInt8(ascii: "="), padding < 2 {
                end -= 1
                padding += 1
            }
        }
        let members = self.members
        var index = bytes.startIndex
        while index < end {
            if !members.contains(bytes[index]) { return index }
            index += 1
        }
        return nil
    }

    private var members: GS1ByteSet {
        switch self {
        case .numeric: .digits
        case .cset82: .cset82
        case .cset39: .cset39
        case .cset64: .cset64
        }
    }

    /// Members of CSET 82 in the order GS1 numbers them (used by the alphanumeric check pair).
    static let cset82Order = Array("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz".utf8)
}
