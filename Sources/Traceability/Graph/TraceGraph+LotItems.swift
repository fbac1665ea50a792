import GS1
import Spooling

extension TraceGraph {
    /// The serial numbers of the items the events name, by the lot they belong to (its canonical
    /// Digital Link), each list sorted and without repeats.
    ///
    /// An item belongs to a lot when its Digital Link carries both (`/01/{gtin}/10/{lot}/21/{serial}`),
    /// or when it carries only its serial (`/01/{gtin}/21/{serial}`) and an event that commissions
    /// or produces it declares the lot in its ILMD (`cbvmda:lotNumber`), as EPCIS records the lot
    /// of serialised items. Computed once for the whole graph, so a site's lots are matched to
    /// their items in one pass.
    public func itemsByLot() -> [String: [String]] {
        var serials: [String: Set<String>] = [:]
        forEachIdentifier { number, bytes in
            guard occurs("/21/", in: bytes), let link = try? DigitalLink.parse(String(decoding: bytes, as: UTF8.self)),
                link.primaryKey.ai == "01", let gtin = link.gtin, let serial = link.serial
            else { return }
            for lot in lots(ofItem: number, link: link) {
                guard let lotLink = try? DigitalLink.product(gtin: gtin, lot: lot) else { continue }
                serials[lotLink.canonicalURI, default: []].insert(serial)
            }
        }
        return serials.mapValues { $0.sorted() }
    }

    /// The lots the item numbered `number` (parsed as `link`) belongs to: the one its link names,
    /// else those the ILMD of the events that commission or produce it declare.
    private func lots(ofItem number: Int, link: DigitalLink) -> [String] {
        if let lot = link.lot { return [lot] }
        let creating = Array(commissions[number]) + Array(producers[number])
        return creating.compactMap { event($0).ilmd.text("lotNumber", in: ExtensionField.cbvMasterData) }
    }
}
