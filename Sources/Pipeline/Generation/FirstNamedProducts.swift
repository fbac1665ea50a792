import Rendering
import Synchronization

/// The products of a run's lots, each with the lot of the lowest number that names it.
final class FirstNamedProducts: Sendable {
    private let firstNamed = Mutex<[[String]: (lot: Int, product: ResolverSite.Product)]>([:])

    /// Records `product`, named by the `number`th lot.
    func add(_ product: ResolverSite.Product, lot number: Int) {
        firstNamed.withLock { firstNamed in
            if let named = firstNamed[product.folder], named.lot < number { return }
            firstNamed[product.folder] = (number, product)
        }
    }

    /// The products, in the order of the lots that first name them.
    func inOrder() -> [ResolverSite.Product] {
        firstNamed.withLock { $0.values.sorted { $0.lot < $1.lot }.map(\.product) }
    }
}
