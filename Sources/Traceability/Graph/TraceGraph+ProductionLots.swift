import GS1

extension TraceGraph {
    /// The lots the events produce, by GTIN and then by lot number: one pass over the produced
    /// identifiers, each parsed once, whatever the number of products.
    ///
    /// A lot is produced by a transformation that puts it out or by an object event that adds it,
    /// whatever that event's business step (`commissioning`, `creating_class_instance` or none):
    /// the roles the trace walks by. When several events produce a lot, the first in document
    /// order (across the documents, in the order given) says when and where.
    public func productionLots() -> [GTIN: [ProductionLot]] {
        let base = "\(DigitalLink.canonicalBase)/01/"
        var firstByLot: [GTIN: [String: (event: Int32, id: String)]] = [:]
        let baseBytes = Array(base.utf8)
        forEachIdentifier { number, bytes in
            guard bytes.starts(with: baseBytes), let event = [producers[number].first, commissions[number].first].compactMap({ $0 }).min()
            else { return }
            let id = String(decoding: bytes, as: UTF8.self)
            guard let link = try? DigitalLink.parse(id), let gtin = link.gtin, let lot = link.lot, link.serial == nil,
                id.hasPrefix(base + gtin.gtin14 + "/")
            else { return }
            let first = (event: event, id: link.canonicalURI)
            if let known = firstByLot[gtin]?[lot], known <= first { return }
            firstByLot[gtin, default: [:]][lot] = first
        }
        return firstByLot.mapValues { byLot in
            byLot.map { lot, first in
                let producing = event(first.event)
                return ProductionLot(id: first.id, lot: lot, producedAt: producing.eventTime, location: producing.bizLocation ?? producing.readPoint)
            }.sorted { $0.lot < $1.lot }
        }
    }
}
