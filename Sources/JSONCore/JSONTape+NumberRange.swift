extension JSONTape {
    /// The JSON Pointers of the numbers beyond a `Double`'s range (about ±1.8e308, infinity when
    /// read as one), in document order. A tape that cannot hold one (``mayHoldNumbersBeyondDouble``:
    /// most documents) is answered without a look at its numbers.
    public var numbersBeyondDoubleRange: [JSONPointer] {
        guard mayHoldNumbersBeyondDouble,
            entries.indices.contains(where: { entries[$0].kind == .number && !doubleValue(at: $0).isFinite })
        else { return [] }
        var pointers: [JSONPointer] = []
        collectNumbersBeyondDoubleRange(at: root, pointer: JSONPointer(), into: &pointers)
        return pointers
    }

    private func collectNumbersBeyondDoubleRange(at index: Int, pointer: JSONPointer, into pointers: inout [JSONPointer]) {
        switch kind(of: index) {
        case .number:
            if !doubleValue(at: index).isFinite { pointers.append(pointer) }
        case .object:
            var key = index + 1
            for _ in 0..<count(of: index) {
                collectNumbersBeyondDoubleRange(at: key + 1, pointer: pointer.appending(string(at: key)), into: &pointers)
                key = next(after: key + 1)
            }
        case .array:
            var element = index + 1
            for position in 0..<count(of: index) {
                collectNumbersBeyondDoubleRange(at: element, pointer: pointer.appending(position), into: &pointers)
                element = next(after: element)
            }
        default: break
        }
    }
}
