import JSONCore

/// UN/CEFACT Rec 20 mass units and their size in kilograms.
enum MassUnit {
    /// `quantity` in kilograms, when `uom` is a mass unit.
    static func kilograms(_ quantity: JSONNumber?, uom: String?) -> Double? {
        guard let quantity, let uom, let factor = factors[uom] else { return nil }
        return quantity.doubleValue * factor
    }

    private static let factors: [String: Double] = [
        "KGM": 1, "GRM": 0.001, "MGM": 0.000_001, "TNE": 1000, "LBR": 0.453_592_37, "ONZ": 0.028_349_523_125, "DTN": 100,
    ]
}
