/// The checks shared by the fixed-length numeric GS1 keys (GTIN, GLN, SSCC).
enum GS1NumericKey {
    /// Checks that `text` is one of `lengths` digits long with a correct check digit, or throws.
    static func validate(_ text: String, name: String, lengths: [Int]) throws(GS1Error) {
        let bytes = Array(text.utf8)
        if let bad = bytes.firstIndex(where: { !GS1CheckDigit.isDigit($0) }) {
            throw GS1Error(
                .keyDigits, "a \(name) holds only digits; found '\(Self.show(bytes[bad]))' at position \(bad + 1)",
                at: .init(part: .input, offset: bad))
        }
        guard lengths.contains(bytes.count) else {
            let allowed = lengths.map(String.init).joined(separator: ", ")
            throw GS1Error(.keyLength, "a \(name) has \(allowed) digits, not \(bytes.count)", at: .init(part: .input))
        }
        guard GS1CheckDigit.isValid(bytes: bytes[...]) else {
            let expected = GS1CheckDigit.checkValue(of: bytes.dropLast()) ?? 0
            throw GS1Error(
                .checkDigit, "the check digit of \(name) \(text) is wrong: it should be \(expected)",
                at: .init(part: .input, offset: bytes.count - 1))
        }
    }

    /// A byte shown in a message (printable ASCII as itself, others as hex).
    static func show(_ byte: UInt8) -> String {
        (32..<127).contains(byte) ? String(UnicodeScalar(byte)) : "0x" + String(byte, radix: 16, uppercase: true)
    }
}
