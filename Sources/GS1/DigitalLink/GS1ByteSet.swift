/// A set of ASCII bytes as a 128-bit mask: bit `b` of `low` for a byte `b` below 64, bit
/// `b - 64` of `high` for the others.
///
/// The sets are constant masks rather than lazily built globals, so that reading one costs no
/// first-use check: the URI and value checks read several for every link. `GS1ByteSetTests`
/// checks each mask against its members as written here.
struct GS1ByteSet: Sendable {
    private let low: UInt64
    private let high: UInt64

    /// Characters RFC 3986 allows in a URI (unreserved, reserved and `%`) but `?` and `#`, which
    /// the stem's scan looks at apart: `A-Z a-z 0-9 - . _ ~ : / [ ] @ ! $ & ' ( ) * + , ; = %`.
    static var plainURICharacters: GS1ByteSet { GS1ByteSet(low: 0x2FFF_FFF2_0000_0000, high: 0x47FF_FFFE_AFFF_FFFF) }
    /// Characters of a host name or IPv4 address: `A-Z a-z 0-9 - .`.
    static var hostCharacters: GS1ByteSet { GS1ByteSet(low: 0x03FF_6000_0000_0000, high: 0x07FF_FFFE_07FF_FFFE) }
    /// Characters of a bracketed IPv6 address: `A-F a-f 0-9 : .`.
    static var ipv6Characters: GS1ByteSet { GS1ByteSet(low: 0x07FF_4000_0000_0000, high: 0x0000_007E_0000_007E) }
    /// The digits `0-9`.
    static var digits: GS1ByteSet { GS1ByteSet(low: 0x03FF_0000_0000_0000, high: 0) }
    /// GS1 CSET 82: ``GS1CharacterSet/cset82Order``.
    static var cset82: GS1ByteSet { GS1ByteSet(low: 0xFFFF_FFE6_0000_0000, high: 0x07FF_FFFE_87FF_FFFE) }
    /// GS1 CSET 39: `# - / 0-9 A-Z`.
    static var cset39: GS1ByteSet { GS1ByteSet(low: 0x03FF_A008_0000_0000, high: 0x0000_0000_07FF_FFFE) }
    /// GS1 CSET 64 (base64url) without its padding: `A-Z a-z 0-9 - _`.
    static var cset64: GS1ByteSet { GS1ByteSet(low: 0x03FF_2000_0000_0000, high: 0x07FF_FFFE_87FF_FFFE) }

    /// Whether `byte` is in the set. The half of the mask is chosen without a branch: text mixes
    /// bytes below and above 64 (digits and letters), where a branch would be mispredicted often.
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let half = byte & 64 == 0 ? low : high
        return (half >> UInt64(byte & 63)) & 1 == 1 && byte < 128
    }
}
