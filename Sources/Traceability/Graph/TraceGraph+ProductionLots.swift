import GS1

extension TraceGraph {
    /// The lots the events produce of the products `gtins`, by GTIN and then by lot number: one
    /// pass over the produced identifiers, only those of the products asked for parsed.
    ///
    /// A lot is produced by a transformation that puts it out or by an object event that adds it,
    /// whatever that event's business step (`commissioning`, `creating_class_instance` or none):
    /// the roles the trace walks by. When several events produce a lot, the first in document
    /// order (across the documents, in the order given) says when and where.
    public func productionLots(of gtins: Set<GTIN>) -> [GTIN: [ProductionLot]] {
        let base = "\(DigitalLink.canonicalBase)/01/"
        let baseBytes = Array(base.utf8)
        let wanted = Set(gtins.map(\.gtin14))
        var firstByLot: [GTIN: [String: (event: Int32, id: String)]] = [:]
        forEachIdentifier { number, bytes in
            // A canonical link names its GTIN's 14 digits after the base: a product not asked for
            // (a programme's herder, dehaired and yarn lots) is passed over before any parse.
            let digits = baseBytes.count..<baseBytes.count + 14
            guard bytes.count > digits.upperBound, bytes.starts(with: baseBytes),
                wanted.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[digits]), as: UTF8.self)),
                let event = [producers[number].first, commissions[number].first].compactMap({ $0 }).min()
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
