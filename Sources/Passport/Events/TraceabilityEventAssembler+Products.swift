import GS1
import JSONCore
import Traceability

/// The products an event names, with their amounts and their state after it.
extension TraceabilityEventAssembler {
    /// A make event's inputs and outputs: a transformation's inputs (consumed) and outputs
    /// (new); the objects an object event adds (new, from nothing); the children an aggregation
    /// packs and the container they make (new), or for an unpacking the container and the
    /// children it gives back, both in the state the event's disposition says.
    func makeProducts(of event: EPCISEvent, status: ProductStatus?) -> (
        inputs: [TraceabilityEvent.EventProduct], outputs: [TraceabilityEvent.EventProduct]
    ) {
        switch (event.kind, event.action) {
        case (.transformationEvent, _):
            return (
                products(event.inputQuantityList, event.inputEPCList, status: .consumed),
                products(event.outputQuantityList, event.outputEPCList, status: .new)
            )
        case (.aggregationEvent, .delete):
            return (event.parentID.map { [product($0, status: status)] } ?? [], products(event.quantityList, event.epcList, status: status))
        case (.aggregationEvent, _):
            return (products(event.quantityList, event.epcList, status: status), event.parentID.map { [product($0, status: .new)] } ?? [])
        default:
            return ([], products(event.quantityList, event.epcList, status: .new))
        }
    }

    /// What a move or modify event is about: the container, then its classes and instances.
    func objects(of event: EPCISEvent, status: ProductStatus?) -> [TraceabilityEvent.EventProduct] {
        (event.parentID.map { [product($0, status: status)] } ?? []) + products(event.quantityList, event.epcList, status: status)
    }

    /// Amounts of classes, then single instances.
    private func products(_ classes: [QuantityElement], _ instances: [String], status: ProductStatus?) -> [TraceabilityEvent.EventProduct] {
        classes.map { product($0.epcClass, quantity: $0, status: status) } + instances.map { product($0, status: status) }
    }

    /// The product, lot, item or logistic unit `id`: an instance unless `quantity` gives an
    /// amount of a class; a count without a unit is in pieces (`H87`).
    private func product(_ id: String, quantity: QuantityElement? = nil, status: ProductStatus?) -> TraceabilityEvent.EventProduct {
        let measure = quantity?.quantity.map { TraceabilityEvent.Measure(value: $0, unit: quantity?.uom ?? "H87") }
        var product = TraceabilityEvent.EventProduct(
            id: id, name: id, granularity: quantity == nil ? .item : .model, quantity: measure, status: status)
        guard let link = try? DigitalLink.parse(id) else { return product }
        switch link.primaryKey.ai {
        case "01":
            let gtin = link.primaryKey.value
            let productName = productNames[gtin] ?? "GTIN \(gtin)"
            if let serial = link.serial {
                (product.name, product.granularity, product.itemNumber) = ("\(productName), serial \(serial)", .item, serial)
            } else if let lot = link.lot {
                (product.name, product.granularity, product.batchNumber) = ("\(productName), lot \(lot)", .batch, lot)
            } else {
                (product.name, product.granularity) = (productName, .model)
            }
        case "00":
            (product.name, product.granularity, product.itemNumber) = ("Logistic unit, SSCC \(link.primaryKey.value)", .item, link.primaryKey.value)
        default:
            product.name = "GS1 key (\(link.primaryKey.ai)) \(link.primaryKey.value)"
        }
        return product
    }
}
