import Foundation
import Rendering
import Testing

@testable import Pipeline

/// The resolver's products are each named by the lot of the lowest number that names it, and come
/// in the order of those lots, whatever order the lots were published in.
struct FirstNamedProductsTests {
    @Test func eachProductIsNamedByItsFirstLotAndTheProductsComeInTheOrderOfTheirFirstLots() {
        // Product A is named by lots 2 and 9, B by 4 and 5, C by 0 alone: in the order of their
        // first lots A comes after C and before B (in the order of their last lots, B before A).
        let named: [(lot: Int, gtin: String)] = [(9, "A"), (5, "B"), (2, "A"), (0, "C"), (4, "B")]
        for _ in 0..<20 {
            let products = FirstNamedProducts()
            DispatchQueue.concurrentPerform(iterations: named.count) { index in
                let (lot, gtin) = named[index]
                products.add(ResolverSite.Product(folder: ["01", gtin], name: "\(gtin) of lot \(lot)"), lot: lot)
            }
            #expect(
                products.inOrder() == [
                    ResolverSite.Product(folder: ["01", "C"], name: "C of lot 0"), ResolverSite.Product(folder: ["01", "A"], name: "A of lot 2"),
                    ResolverSite.Product(folder: ["01", "B"], name: "B of lot 4"),
                ])
        }
    }

    @Test func noLotNoProduct() {
        #expect(FirstNamedProducts().inOrder().isEmpty)
    }
}
