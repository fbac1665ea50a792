import GS1
import Traceability

/// A lot of a catalogue product that the events say was produced: the subject of one passport.
public struct ProductionLot: Sendable, Hashable {
    /// The lot's canonical Digital Link.
    public var id: String
    /// The lot number (AI 10).
    public var lot: String
    /// The producing event's time, ISO 8601 in UTC.
    public var producedAt: String
    /// Where the lot was produced.
    public var location: String?

    /// The lots of `gtin` produced by `events` (transformation outputs or commissioning), by lot number.
    public static func lots(of gtin: String, in events: [EPCISEvent]) -> [ProductionLot] {
        var lots: [String: ProductionLot] = [:]
        for event in events {
            let produced: [String]
            switch event.kind {
            case .transformationEvent:
                produced = event.outputQuantityList.map(\.epcClass) + event.outputEPCList
            case .objectEvent where event.action == .add && event.bizStep == "commissioning":
                produced = event.quantityList.map(\.epcClass) + event.epcList
            default:
                continue
            }
            for id in produced {
                guard let link = try? DigitalLink.parse(id), link.gtin?.gtin14 == gtin, let lot = link.lot, link.serial == nil,
                      lots[lot] == nil
                else { continue }
                lots[lot] = ProductionLot(id: link.canonicalURI, lot: lot, producedAt: event.eventTime.description,
                                          location: event.bizLocation ?? event.readPoint)
            }
        }
        return lots.values.sorted { $0.lot < $1.lot }
    }
}
