import Testing

@testable import Traceability

/// The events of one role by identifier, built from mentions in document order.
struct RoleEventsTests {
    /// Each identifier's events come back in the mentions' order, repeats kept, whatever order
    /// the identifiers were mentioned in; an identifier without mentions (the first, the last, one
    /// between) has none.
    @Test func listsEachIdentifiersEventsInTheMentionsOrder() {
        let mentions = [(2, 0), (4, 1), (2, 3), (1, 3), (4, 5), (2, 5), (2, 5), (1, 9)].map { RoleEvents.Mention(identifier: $0, event: $1) }
        let events = RoleEvents(mentions, identifierCount: 6)
        #expect(Array(events[0]).isEmpty)
        #expect(Array(events[1]) == [3, 9])
        #expect(Array(events[2]) == [0, 3, 5, 5])
        #expect(Array(events[3]).isEmpty)
        #expect(Array(events[4]) == [1, 5])
        #expect(Array(events[5]).isEmpty)
        #expect(events.allEvents.sorted() == mentions.map(\.event).sorted())
    }

    @Test func noMentionsMeanNoEvents() {
        let events = RoleEvents([RoleEvents.Mention](), identifierCount: 3)
        #expect((0..<3).allSatisfy { events[$0].isEmpty })
        #expect(events.allEvents.isEmpty)
        // An identifier the graph does not know has no number, and no events.
        #expect(events[nil].isEmpty)
    }
}
