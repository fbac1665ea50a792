import Credentials

/// The SHA-256 fingerprint of what an output was made from (see ``OutputReuse``), held as its
/// 32 bytes: a run holds two for each traceability event of the published site, three times the
/// memory as hexadecimal strings.
struct OutputFingerprint: Hashable, Sendable {
    /// The digest's bytes, eight to a word, in order.
    private let first, second, third, fourth: UInt64

    /// The fingerprint whose bytes are `digest`; nil unless it has 32.
    init?(digest: [UInt8]) {
        guard digest.count == 32 else { return nil }
        func word(_ number: Int) -> UInt64 { digest[number * 8..<number * 8 + 8].reduce(0) { $0 << 8 | UInt64($1) } }
        (first, second, third, fourth) = (word(0), word(1), word(2), word(3))
    }

    /// The fingerprint ``hexadecimal`` writes as `text`; nil unless it is 64 lowercase
    /// hexadecimal digits.
    init?(hexadecimal text: some Collection<UInt8>) {
        guard text.count == 64 else { return nil }
        var nibbles: [UInt8] = []
        nibbles.reserveCapacity(64)
        for digit in text {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibbles.append(digit - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibbles.append(digit - UInt8(ascii: "a") + 10)
            default: return nil
            }
        }
        self.init(digest: (0..<32).map { nibbles[2 * $0] << 4 | nibbles[2 * $0 + 1] })
    }

    /// The 32 bytes, in order.
    var bytes: [UInt8] {
        [first, second, third, fourth].flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> (56 - 8 * UInt64($0))) } }
    }

    /// The fingerprint as 64 lowercase hexadecimal digits, as manifests write it.
    var hexadecimal: String { Hexadecimal.encode(bytes) }
}
