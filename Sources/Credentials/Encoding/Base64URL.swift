/// Base64url without padding (RFC 4648 §5), as JOSE writes every binary value (RFC 7515 §2).
public enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// The values of the alphabet's characters; 0xFF for a byte outside it.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, character) in alphabet.enumerated() { table[Int(character)] = UInt8(value) }
        return table
    }()

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

    /// Appends the encoding of `buffer` to `output`, three bytes to four characters at a time.
    private static func append(buffer: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let alphabet = Self.alphabet
        output.reserveCapacity(output.count + (buffer.count * 4 + 2) / 3)
        var index = 0
        while index + 3 <= buffer.count {
            let group = UInt32(buffer[index]) << 16 | UInt32(buffer[index + 1]) << 8 | UInt32(buffer[index + 2])
            output.append(alphabet[Int(group >> 18)])
            output.append(alphabet[Int(group >> 12 & 0x3F)])
            output.append(alphabet[Int(group >> 6 & 0x3F)])
            output.append(alphabet[Int(group & 0x3F)])
            index += 3
        }
        // One or two bytes left: two or three characters, the spare bits zero.
        guard index < buffer.count else { return }
        let second = index + 1 < buffer.count ? UInt32(buffer[index + 1]) : 0
        let group = UInt32(buffer[index]) << 16 | second << 8
        output.append(alphabet[Int(group >> 18)])
        output.append(alphabet[Int(group >> 12 & 0x3F)])
        if index + 1 < buffer.count { output.append(alphabet[Int(group >> 6 & 0x3F)]) }
    }

    /// The bytes `text` encodes, or `nil` when it holds a character outside the alphabet, padding,
    /// a length no encoding has (one character over a multiple of four), or non-zero spare bits.
    public static func decode(_ text: some StringProtocol) -> [UInt8]? {
        decode(bytes: Array(text.utf8))
    }

    /// The bytes the encoded `characters` stand for; `nil` as ``decode(_:)``.
    public static func decode(bytes characters: some Collection<UInt8>) -> [UInt8]? {
        guard characters.count % 4 != 1 else { return nil }
        let values = Self.values
        var output: [UInt8] = []
        output.reserveCapacity(characters.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for character in characters {
            let value = values[Int(character)]
            guard value != 0xFF else { return nil }
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        // The bits left over must be zero, so that each byte string has exactly one encoding.
        guard buffer & ((1 << UInt32(bits)) - 1) == 0 else { return nil }
        return output
    }
}
