import Spooling
import Testing

@testable import Traceability

/// The events of one role by identifier, built from mentions in document order.
struct RoleEventsTests {
    /// Each identifier's events come back in the mentions' order, repeats kept, whatever order
    /// the identifiers were mentioned in; an identifier without mentions (the first, the last, one
    /// between) has none.
    @Test func listsEachIdentifiersEventsInTheMentionsOrder() {
        let mentions = Self.mentions([(2, 0), (4, 1), (2, 3), (1, 3), (4, 5), (2, 5), (2, 5), (1, 9)])
        let events = RoleEvents([Self.part(mentions)], identifierCount: 6) { _, identifier in identifier }
        #expect(Array(events[0]).isEmpty)
        #expect(Array(events[1]) == [3, 9])
        #expect(Array(events[2]) == [0, 3, 5, 5])
        #expect(Array(events[3]).isEmpty)
        #expect(Array(events[4]) == [1, 5])
        #expect(Array(events[5]).isEmpty)
        #expect(events.allEvents.sorted() == mentions.map(\.event).sorted())
    }

    /// Parts (documents) numbering their identifiers their own way are read one after the other
    /// through their numbers: the same lists as the mentions of the test above in one part.
    @Test func partsAreReadOneAfterTheOtherThroughTheirNumbers() {
        // Part 0 numbers identifiers 2 and 4 as 0 and 1; part 1 numbers 1, 4 and 2 as 0, 1 and 2.
        let numbers: [[Int32]] = [[2, 4], [1, 4, 2]]
        let parts = [Self.part(Self.mentions([(0, 0), (1, 1), (0, 3)])), Self.part(Self.mentions([(0, 3), (1, 5), (2, 5), (2, 5), (0, 9)]))]
        let events = RoleEvents(parts, identifierCount: 6) { part, identifier in numbers[part][Int(identifier)] }
        #expect(Array(events[1]) == [3, 9])
        #expect(Array(events[2]) == [0, 3, 5, 5])
        #expect(Array(events[4]) == [1, 5])
        #expect([0, 3, 5].allSatisfy { Array(events[$0]).isEmpty })
    }

    @Test func noMentionsMeanNoEvents() {
        let events = RoleEvents([], identifierCount: 3) { _, identifier in identifier }
        #expect((0..<3).allSatisfy { events[$0].isEmpty })
        #expect(events.allEvents.isEmpty)
        // An identifier the graph does not know has no number, and no events.
        #expect(events[nil].isEmpty)
    }

    static func mentions(_ pairs: [(Int32, Int32)]) -> [RoleEvents.Mention] {
        pairs.map { RoleEvents.Mention(identifier: $0, event: $1) }
    }

    static func part(_ mentions: [RoleEvents.Mention]) -> SegmentedArray<RoleEvents.Mention> {
        var part = SegmentedArray<RoleEvents.Mention>()
        for mention in mentions { part.append(mention) }
        return part
    }
}
