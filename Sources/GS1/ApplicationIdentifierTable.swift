/// Looks up application identifier definitions by their digits, without allocating.
enum ApplicationIdentifierTable {
    /// The definition of the AI spelt by `bytes` (two to four ASCII digits), or nil.
    @inline(__always)
    static func definition(of bytes: ArraySlice<UInt8>) -> ApplicationIdentifier? {
        guard let slot = slot(of: bytes) else { return nil }
        let index = slots[slot]
        return index < 0 ? nil : definitions[Int(index)]
    }

    /// Slots 0-99 hold two-digit AIs, 100-1099 three-digit, 1100-11099 four-digit ones.
    private static func slot(of bytes: ArraySlice<UInt8>) -> Int? {
        guard (2...4).contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            guard GS1CheckDigit.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        switch bytes.count {
        case 2: return value
        case 3: return 100 + value
        default: return 1100 + value
        }
    }

    private static let slots: [Int16] = {
        var slots = [Int16](repeating: -1, count: 11100)
        for (index, definition) in definitions.enumerated() {
            slots[slot(of: Array(definition.code.utf8)[...])!] = Int16(index)
        }
        return slots
    }()
}
