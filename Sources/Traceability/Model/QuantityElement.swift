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
}
