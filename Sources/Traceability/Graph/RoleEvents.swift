import Spooling

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

    /// The events of `parts` (each a document's mentions: an identifier's number in that
    /// document and an event's number, in document order) by identifier, for `identifierCount`
    /// identifiers, `number` giving each part's identifiers' numbers; each list keeps the
    /// mentions' order, the parts' one after the other.
    init(_ parts: [SegmentedArray<Mention>], identifierCount: Int, number: (_ part: Int, _ identifier: Int32) -> Int32) {
        var starts = [Int32](repeating: 0, count: identifierCount + 1)
        for (part, mentions) in parts.enumerated() {
            for mention in mentions { starts[Int(number(part, mention.identifier)) + 1] += 1 }
        }
        for identifier in starts.indices.dropFirst() { starts[identifier] += starts[identifier - 1] }
        var next = starts
        var events = [Int32](repeating: 0, count: Int(starts[identifierCount]))
        for (part, mentions) in parts.enumerated() {
            for mention in mentions {
                let identifier = Int(number(part, mention.identifier))
                events[Int(next[identifier])] = mention.event
                next[identifier] += 1
            }
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
