import JSONCore
import TestSupport
import Testing
import Traceability

@testable import Passport

/// Origin shares rounded to six decimals so that they add up to their rounded sum.
@Suite struct SixDecimalSharesTests {
    /// Millionths, the unit a passport states its shares in.
    static func millionths(_ shares: [Double]) -> Int { Int((shares.reduce(0, +) * 1_000_000).rounded()) }

    /// 7,000 equal shares of a whole (1/7000 = 0.000142857...): rounded one by one they add up to
    /// 7,000 × 0.000143 = 1.001, beyond the check's 0.0001; apportioned, to 1 exactly, each
    /// within a millionth of its share.
    @Test func manyEqualSharesAddUpToTheWhole() {
        let shares = [Double](repeating: 1.0 / 7000, count: 7000)
        #expect(abs(shares.map(\.roundedToSixDecimals).reduce(0, +) - 1) > 0.0001)
        let rounded = SixDecimalShares.rounded(shares)
        #expect(Self.millionths(rounded) == 1_000_000)
        #expect(zip(rounded, shares).allSatisfy { abs($0 - $1) < 1e-6 })
        #expect(rounded.allSatisfy { $0 == 0.000142 || $0 == 0.000143 })
    }

    /// Three thirds: the first gets the millionth left over (equal remainders: the earlier first).
    @Test func thirdsGiveTheLeftOverToTheFirst() {
        #expect(SixDecimalShares.rounded([1.0 / 3, 1.0 / 3, 1.0 / 3]) == [0.333334, 0.333333, 0.333333])
    }

    /// The largest remainder gets the millionth; a traced share under 1 is kept (0.7 in all here).
    @Test func theLargestRemainderGetsTheLeftOver() {
        // 0.1000004, 0.2000007, 0.3999989: floors 100000, 200000, 399998 (699998); the sum is
        // 0.7 = 700000, so the two largest remainders (0.9 and 0.7) get one each.
        #expect(SixDecimalShares.rounded([0.1000004, 0.2000007, 0.3999989]) == [0.1, 0.200001, 0.399999])
    }

    /// Shares already stated to six decimals stay as they are; so does an empty list.
    @Test func sixDecimalSharesStay() {
        #expect(SixDecimalShares.rounded([0.5, 0.25, 0.125, 0.125]) == [0.5, 0.25, 0.125, 0.125])
        #expect(SixDecimalShares.rounded([0.55, 0.45]) == [0.55, 0.45])
        #expect(SixDecimalShares.rounded([]).isEmpty)
    }

    /// A share that is not finite (or not a share) is rounded alone, as is every other then.
    @Test func aShareThatIsNoShareIsRoundedAlone() {
        let rounded = SixDecimalShares.rounded([.infinity, 1.0 / 3, 1.0 / 3, 1.0 / 3])
        #expect(rounded[0] == .infinity && Array(rounded[1...]) == [0.333333, 0.333333, 0.333333])
    }
}

/// A sweater whose cashmere comes from 700 herder lots passes its own check.
@Suite struct ManyOriginsTests {
    /// The demo events with the BKH herder lot (half of the demo sweater KC-SW-2026-001) made
    /// from `count` herder lots of 1 kg, each commissioned as BKH's was: the sweater's 0.5 from
    /// BKH splits into `count` equal shares (0.5/700 = 0.000714285..., stated 0.000714: rounded one
    /// by one, 700 of them fell 0.0002 short of the traced share, and TRACE-ORIGIN-SHARES failed
    /// the passport).
    static func graph(herderLots count: Int) throws -> TraceGraph {
        var events = EPCISReader.read(try DemoFixtures.bytes("events.jsonld"), source: "events.jsonld").events
        let bkh = "https://id.gs1.org/01/09521234100010/10/HRD-BKH-2026-01"
        let index = try #require(events.firstIndex { $0.kind == .objectEvent && $0.action == .add && $0.quantityList.first?.epcClass == bkh })
        let commissioning = events[index]
        var merge = EPCISEvent(
            kind: .transformationEvent, eventTime: commissioning.eventTime, eventTimeZoneOffset: commissioning.eventTimeZoneOffset,
            location: commissioning.location)
        merge.bizStep = "commissioning"
        merge.readPoint = commissioning.readPoint
        merge.outputQuantityList = [QuantityElement(epcClass: bkh, quantity: JSONNumber(Double(count)), uom: "KGM")]
        for number in 0..<count {
            var herderLot = commissioning
            herderLot.eventID = "urn:uuid:8c0a7e10-2026-4d00-9b00-\(String(1_000_000_000_000 + number).dropFirst())"
            herderLot.quantityList = [QuantityElement(epcClass: bkh + "-\(number)", quantity: JSONNumber(1), uom: "KGM")]
            merge.inputQuantityList.append(herderLot.quantityList[0])
            events.append(herderLot)
        }
        events[index] = merge
        return TraceGraph(events: events)
    }

    @Test func aLotOfSevenHundredOriginsPassesItsOwnCheck() throws {
        let generator = PassportGenerator(
            catalog: try DemoFixtures.catalog(), graph: try Self.graph(herderLots: 700), baseURL: "https://dpp.example.com")
        let sweater = try #require(generator.assembleAll().compactMap(\.assembled).first { $0.passport.lot == "KC-SW-2026-001" })
        let herderShares = sweater.passport.origins.filter { $0.lotID?.contains("HRD-BKH-2026-01-") == true }.compactMap(\.massFraction)
        #expect(herderShares.count == 700)
        #expect(abs(herderShares.reduce(0, +) - 0.5) < 1e-9)
        let diagnostics = PassportCheck().run(sweater.document, file: "p.jsonld", context: CheckContext(date: CalendarDate("2026-09-01")!))
        #expect(diagnostics.map(\.ruleID).filter { $0 == "TRACE-ORIGIN-SHARES" } == [])
        #expect(abs(sweater.passport.origins.compactMap(\.massFraction).reduce(0, +) - (sweater.passport.tracedMassFraction ?? 0)) < 1e-9)
    }
}
