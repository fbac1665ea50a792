/// A lot that the events produce: a transformation's output, or a lot an object event adds.
///
/// Only lots are production lots, not serialised items: each is the subject of one passport.
public struct ProductionLot: Sendable, Hashable {
    /// The lot's canonical Digital Link (`https://id.gs1.org/01/{gtin14}/10/{lot}`).
    public var id: String
    /// The lot number (AI 10).
    public var lot: String
    /// When the lot was produced: the time of the first event (in document order) that produces it.
    public var producedAt: EPCISTime
    /// Where that event happened: its business location, else its read point.
    public var location: String?
}
