/// A schema object's `properties` fused with its `additionalProperties` and `required`, for the
/// evaluator's fast path: each key of an instance is looked up once, not once a keyword.
///
/// The three keywords of most object schemas read the same keys: `properties` looks each up for
/// its subschema, `additionalProperties` looks it up again to know it is not named, and
/// `required` a third time to mark the names it finds. The fused keyword answers all three from
/// one look-up; it reports no errors, so the collecting path keeps the separate keywords.
final class ObjectMembers: Sendable {
    /// The `properties` names, their subschemas as nodes.
    let properties: PropertyTable
    /// The `additionalProperties` node, when fused: it applies to every key `properties` does not name.
    let additional: Int?
    /// For each name of `properties` (by its position in the table), the bit of the required name
    /// it is, or 0; empty when `required` is not fused.
    let requiredBits: [UInt64]
    /// The bits of every required name: the ones an object must all have found.
    let allRequired: UInt64

    /// The fusion of `properties` with `additional` (the `additionalProperties` node, when it
    /// applies to exactly the keys `properties` does not name) and `required`; `nil` when
    /// neither fuses.
    init?(properties: PropertyTable, additional: Int?, required: RequiredProperties?) {
        let bits = required.flatMap { Self.requiredBits(of: $0.distinctNames, in: properties) }
        guard additional != nil || bits != nil else { return nil }
        self.properties = properties
        self.additional = additional
        requiredBits = bits?.bits ?? []
        allRequired = bits?.all ?? 0
    }

    /// Whether `required` is answered here (else its keyword stays beside this one).
    var fusesRequired: Bool { !requiredBits.isEmpty }

    /// A bit for each of the distinct required `names`, set at the position of the property of
    /// that name; `nil` unless there are at most 64, each byte for byte a name of `properties`.
    private static func requiredBits(of names: [String], in properties: PropertyTable) -> (bits: [UInt64], all: UInt64)? {
        guard names.count <= 64 else { return nil }
        var bits = [UInt64](repeating: 0, count: properties.count)
        for (index, name) in names.enumerated() {
            var bytes = name
            guard let position = bytes.withUTF8({ properties.position(forKey: $0) }) else { return nil }
            bits[position] = 1 << UInt64(index)
        }
        guard !bits.isEmpty else { return nil }
        return (bits, names.count == 64 ? ~0 : (1 << UInt64(names.count)) - 1)
    }
}
