import Diagnostics
import Traceability

/// The lots a generation run makes passports for, product by product, and the products that have none.
public struct GenerationPlan: Sendable {
    /// One lot of one catalogue product: the subject of one passport.
    ///
    /// The product is named by its place, not copied: a catalogue product is about a kilobyte,
    /// and a programme's plan holds a hundred thousand lots.
    public struct Lot: Sendable {
        /// The product's position in the catalogue.
        public var productIndex: Int
        public var lot: ProductionLot
    }

    public var productCount: Int
    /// Every lot, in catalogue then lot order.
    public var lots: [Lot]
    /// A `GEN-NO-LOTS` warning for each product no event produces a lot of, by catalogue position.
    public var productsWithoutLots: [Int: Diagnostic]

    /// The run's problems in catalogue order: for each product its `GEN-NO-LOTS` warning, or the
    /// problems of its lots, given in plan order in `lotDiagnostics` (one list per lot).
    public func diagnostics(merging lotDiagnostics: [[Diagnostic]]) -> [Diagnostic] {
        var byProduct = [[Diagnostic]](repeating: [], count: productCount)
        for (lot, diagnostics) in zip(lots, lotDiagnostics) { byProduct[lot.productIndex] += diagnostics }
        return byProduct.indices.flatMap { index in productsWithoutLots[index].map { [$0] } ?? byProduct[index] }
    }
}
