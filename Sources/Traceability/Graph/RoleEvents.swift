/// The events that do one thing to each identifier of a graph (produce it, commission it, pack
/// into it or observe it), in document order: one list of event numbers for every identifier,
/// one after the other.
///
/// An identifier is a number (its place in the graph's identifier table); its events are
/// `events[starts[number] ..< starts[number + 1]]`. Two arrays of 32-bit numbers whatever the
/// number of identifiers, where a dictionary of strings to lists took a string, an entry and
/// often a list for each: a national programme's 633,000 identifiers took about 390 MB so.
struct RoleEvents: Sendable {
    /// An event naming an identifier in this role: the identifier's number and the event's.
    struct Mention {
        var identifier: Int32
        var event: Int32
    }

    /// Where each identifier's events begin in `events`; one more entry than identifiers.
    private let starts: [Int32]
    private let events: [Int32]

    /// The events of `mentions` (an identifier's number and an event's number each, in document
    /// order) by identifier, for `identifierCount` identifiers; each list keeps the mentions' order.
    init(_ mentions: some Collection<Mention>, identifierCount: Int) {
        var starts = [Int32](repeating: 0, count: identifierCount + 1)
        for mention in mentions { starts[Int(mention.identifier) + 1] += 1 }
        for number in starts.indices.dropFirst() { starts[number] += starts[number - 1] }
        var next = starts
        var events = [Int32](repeating: 0, count: mentions.count)
        for mention in mentions {
            events[Int(next[Int(mention.identifier)])] = mention.event
            next[Int(mention.identifier)] += 1
        }
        self.starts = starts
        self.events = events
    }

    /// The events of the identifier numbered `identifier`, in document order; empty when none
    /// (or when `identifier` is `nil`: an identifier the graph does not know).
    subscript(identifier: Int?) -> ArraySlice<Int32> {
        guard let identifier else { return [] }
        return events[Int(starts[identifier])..<Int(starts[identifier + 1])]
    }

    /// Every event of every identifier (an event once per identifier it names in this role).
    var allEvents: [Int32] { events }
}
