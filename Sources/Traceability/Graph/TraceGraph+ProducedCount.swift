extension TraceGraph {
    /// How many pieces of the lot `lot` (its canonical Digital Link) were made: the quantities
    /// for the lot counted in pieces (no unit, `H87` piece or `C62` one) of the first
    /// transformation that puts it out, else of the first object event that adds it, summed;
    /// `nil` when that event gives no count.
    public func producedCount(of lot: String) -> Int? {
        let number = number(of: lot)
        guard let first = producers[number].first ?? commissions[number].first else { return nil }
        let producing = event(first)
        let counts = (producing.outputQuantityList + producing.quantityList).filter { $0.epcClass == lot }.compactMap { element -> Int? in
            guard element.uom == nil || element.uom == "H87" || element.uom == "C62", let value = element.quantity?.doubleValue,
                value >= 0, value == value.rounded(), value < Double(Int32.max)
            else { return nil }
            return Int(value)
        }
        return counts.isEmpty ? nil : counts.reduce(0, +)
    }
}
