import Credentials

/// The SHA-256 fingerprint of what an output was made from (see ``OutputReuse``), held as its
/// 32 bytes: a run holds two for each traceability event of the published site, three times the
/// memory as hexadecimal strings.
struct OutputFingerprint: Hashable, Sendable {
    /// The digest's bytes, eight to a word, in order.
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// The fingerprint whose bytes are `digest`; nil unless it has 32.
    init?(digest: [UInt8]) {
        guard digest.count == 32 else { return nil }
        for (index, byte) in digest.enumerated() { setByte(index, byte) }
    }

    /// The fingerprint ``hexadecimal`` writes as `text`; nil unless it is 64 lowercase
    /// hexadecimal digits.
    init?(hexadecimal text: some Collection<UInt8>) {
        guard text.count == 64 else { return nil }
        var high: UInt8 = 0
        for (index, digit) in text.enumerated() {
            let value: UInt8
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = digit - UInt8(ascii: "a") + 10
            default: return nil
            }
            if index % 2 == 0 {
                high = value
            } else {
                setByte(index / 2, high << 4 | value)
            }
        }
    }

    /// The 32 bytes, in order.
    var bytes: [UInt8] { (0..<32).map(byte) }

    /// The fingerprint as 64 lowercase hexadecimal digits, as manifests write it.
    var hexadecimal: String { Hexadecimal.encode(bytes) }

    private func byte(_ index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: word(index / 8) >> (56 - 8 * UInt64(index % 8)))
    }

    private mutating func setByte(_ index: Int, _ byte: UInt8) {
        let shifted = UInt64(byte) << (56 - 8 * UInt64(index % 8))
        switch index / 8 {
        case 0: words.0 |= shifted
        case 1: words.1 |= shifted
        case 2: words.2 |= shifted
        default: words.3 |= shifted
        }
    }

    private func word(_ number: Int) -> UInt64 {
        switch number {
        case 0: words.0
        case 1: words.1
        case 2: words.2
        default: words.3
        }
    }

    static func == (lhs: OutputFingerprint, rhs: OutputFingerprint) -> Bool {
        lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2 && lhs.words.3 == rhs.words.3
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
