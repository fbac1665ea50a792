/// Base64url without padding (RFC 4648 §5), as JOSE writes every binary value (RFC 7515 §2).
public enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// The values of the alphabet's characters; 0xFF for a byte outside it.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, character) in alphabet.enumerated() { table[Int(character)] = UInt8(value) }
        return table
    }()

    /// The number of characters that encode `count` bytes, without padding.
    public static func encodedLength(of count: Int) -> Int {
        (count * 4 + 2) / 3
    }

    /// `bytes` encoded, without padding.
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var output: [UInt8] = []
        append(bytes, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the encoding of `bytes`, without padding, to `output`.
    public static func append(_ bytes: some Sequence<UInt8>, to output: inout [UInt8]) {
        let appended: Void? = bytes.withContiguousStorageIfAvailable { append(buffer: $0, to: &output) }
        if appended == nil { Array(bytes).withUnsafeBufferPointer { append(buffer: $0, to: &output) } }
    }

    /// The two characters of each 12-bit value (its high six bits first), as a little-endian
    /// `UInt16` stores them: three bytes are two table reads.
    private static let pairs: [UInt16] = (0..<4096).map { UInt16(alphabet[$0 >> 6]) | UInt16(alphabet[$0 & 0x3F]) << 8 }

    /// Appends the encoding of `buffer` to `output`, three bytes to four characters at a time,
    /// written in place into room made for all of them.
    private static func append(buffer: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let alphabet = Self.alphabet
        let start = output.count
        output.append(contentsOf: repeatElement(0, count: encodedLength(of: buffer.count)))
        output.withUnsafeMutableBufferPointer { output in
            guard let input = buffer.baseAddress, let target = output.baseAddress else { return }
            var index = 0, position = start
            pairs.withUnsafeBufferPointer { pairs in
                let raw = UnsafeMutableRawPointer(target)
                while index + 3 <= buffer.count {
                    let group = Int(input[index]) << 16 | Int(input[index + 1]) << 8 | Int(input[index + 2])
                    raw.storeBytes(of: pairs[group >> 12].littleEndian, toByteOffset: position, as: UInt16.self)
                    raw.storeBytes(of: pairs[group & 0xFFF].littleEndian, toByteOffset: position + 2, as: UInt16.self)
                    index += 3
                    position += 4
                }
            }
            // One or two bytes left: two or three characters, the spare bits zero.
            guard index < buffer.count else { return }
            let second = index + 1 < buffer.count ? UInt32(buffer[index + 1]) : 0
            let group = UInt32(buffer[index]) << 16 | second << 8
            output[position] = alphabet[Int(group >> 18)]
            output[position + 1] = alphabet[Int(group >> 12 & 0x3F)]
            if index + 1 < buffer.count { output[position + 2] = alphabet[Int(group >> 6 & 0x3F)] }
        }
    }

    /// The bytes `text` encodes, or `nil` when it holds a character outside the alphabet, padding,
    /// a length no encoding has (one character over a multiple of four), or non-zero spare bits.
    public static func decode(_ text: some StringProtocol) -> [UInt8]? {
        decode(bytes: Array(text.utf8))
    }

    /// The bytes the encoded `characters` stand for; `nil` as ``decode(_:)``.
    public static func decode(bytes characters: some Collection<UInt8>) -> [UInt8]? {
        if let decoded = characters.withContiguousStorageIfAvailable(decode(buffer:)) { return decoded }
        return Array(characters).withUnsafeBufferPointer(decode(buffer:))
    }

    /// The bytes the characters in `buffer` stand for, four characters to three bytes at a time,
    /// written in place.
    private static func decode(buffer: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let remainder = buffer.count % 4
        guard remainder != 1 else { return nil }
        let values = Self.values
        var isValid = true
        let decoded = [UInt8](unsafeUninitializedCapacity: buffer.count / 4 * 3 + max(0, remainder - 1)) { output, written in
            var index = 0
            // Values are below 64; 0xFF (outside the alphabet) has the top bits set.
            var invalidBits: UInt8 = 0
            while index + 4 <= buffer.count {
                let a = values[Int(buffer[index])], b = values[Int(buffer[index + 1])]
                let c = values[Int(buffer[index + 2])], d = values[Int(buffer[index + 3])]
                invalidBits |= (a | b | c | d) & 0xC0
                let group = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                output[written] = UInt8(truncatingIfNeeded: group >> 16)
                output[written + 1] = UInt8(truncatingIfNeeded: group >> 8)
                output[written + 2] = UInt8(truncatingIfNeeded: group)
                written += 3
                index += 4
            }
            if remainder > 0 {
                // Two or three characters left: one or two bytes. The spare bits must be zero, so
                // that each byte string has exactly one encoding.
                let a = values[Int(buffer[index])], b = values[Int(buffer[index + 1])]
                let c = remainder == 3 ? values[Int(buffer[index + 2])] : 0
                invalidBits |= (a | b | c) & 0xC0
                let spareBits = remainder == 3 ? c & 0x03 : b & 0x0F
                let group = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6
                output[written] = UInt8(truncatingIfNeeded: group >> 16)
                written += 1
                if remainder == 3 {
                    output[written] = UInt8(truncatingIfNeeded: group >> 8)
                    written += 1
                }
                isValid = spareBits == 0
            }
            isValid = isValid && invalidBits == 0
        }
        return isValid ? decoded : nil
    }
}
