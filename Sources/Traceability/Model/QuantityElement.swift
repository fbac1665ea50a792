import JSONCore

/// An amount of a class of objects (a GTIN, a lot) rather than individual instances.
public struct QuantityElement: Sendable, Hashable {
    /// The class: a product, or a product and lot, as a canonical identifier.
    public var epcClass: String
    /// The amount, exact as written; absent means a count that was not given.
    public var quantity: JSONNumber?
    /// The UN/CEFACT Rec 20 unit (`KGM`); absent means a count of instances.
    public var uom: String?

    public init(epcClass: String, quantity: JSONNumber? = nil, uom: String? = nil) {
        self.epcClass = epcClass
        self.quantity = quantity
        self.uom = uom
    }

    /// The amount in kilograms, when the unit is a mass unit (`KGM`, `GRM`, `TNE`...).
    public var kilograms: Double? { MassUnit.kilograms(quantity, uom: uom) }

    /// Whether `amount` is zero or of a size from 10^-9 to 10^12 (of either sign): every real
    /// lot's count or mass (10^12 kg is a billion tonnes), where an amount of 1e300 or 1e999
    /// (infinity in a `Double`) would make the masses and shares worked out from it overflow,
    /// and one too small to tell from zero is not taken for zero. Read from the digits, with no
    /// `Double` made (it is asked of every quantity of every event).
    public static func isWithinRange(_ amount: JSONNumber) -> Bool {
        amount.isZero || amount.hasSize(from: -9, to: 12)
    }
}
