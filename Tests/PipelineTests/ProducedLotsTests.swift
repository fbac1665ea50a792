import Diagnostics
import JSONCore
import Testing
import Traceability

@testable import Pipeline

/// The lots step rows produce, kept as numbers and text for the rows' second reading.
@Suite struct ProducedLotsTests {
    /// A place whose locator names the line and column it is asked for.
    static func place(line: Int) -> StepRowPlace {
        StepRowPlace(line: line) { line, column in SourceLocation(file: "steps.csv", line: line, part: "column \"\(column.english)\"") }
    }

    static func output(_ lot: String, _ quantity: String, uom: String = "KGM") -> StepRow.Output {
        StepRow.Output(
            lot: lot, epcClass: "https://id.gs1.org/01/09521234100010/10/\(lot)", quantity: JSONNumber(literal: quantity)!, uom: uom)
    }

    @Test func eachLotKeepsItsOwnClassAmountUnitTimeAndRow() {
        var lots = ProducedLots()
        #expect(lots.add(Self.output("L1", "400.50"), time: EPCISTime(secondsSinceEpoch: 100), place: Self.place(line: 2)) == nil)
        #expect(
            lots.add(Self.output("GARMENT-7", "12", uom: "H87"), time: EPCISTime(secondsSinceEpoch: 200, nanoseconds: 5), place: Self.place(line: 9))
                == nil)
        #expect(lots.add(Self.output("D1", "0.001"), time: EPCISTime(secondsSinceEpoch: 300), place: Self.place(line: 4)) == nil)
        let numbers = ["L1", "GARMENT-7", "D1"].map { lots.number(of: $0) }
        #expect(numbers == [0, 1, 2])
        #expect(lots.number(of: "L2") == nil)
        #expect(
            (0..<3).map { lots.epcClass(of: $0) } == [
                "https://id.gs1.org/01/09521234100010/10/L1", "https://id.gs1.org/01/09521234100010/10/GARMENT-7",
                "https://id.gs1.org/01/09521234100010/10/D1",
            ])
        // The amounts are the numbers written (400.50 is 400.5), each apart from the class before it.
        #expect((0..<3).map { lots.quantity(of: $0) } == ["400.5", "12", "0.001"].map { JSONNumber(literal: $0)! })
        #expect((0..<3).map { lots.uom(of: $0) } == ["KGM", "H87", "KGM"])
        #expect(lots.time(of: 1) == EPCISTime(secondsSinceEpoch: 200, nanoseconds: 5))
        #expect(lots.place(of: 1).locate(.outputLot).description == "steps.csv:9 (column \"output lot\")")
    }

    @Test func aLotProducedAgainKeepsItsFirstRow() {
        var lots = ProducedLots()
        _ = lots.add(Self.output("L0", "5"), time: EPCISTime(secondsSinceEpoch: 1), place: Self.place(line: 2))
        _ = lots.add(Self.output("L1", "400"), time: EPCISTime(secondsSinceEpoch: 100), place: Self.place(line: 3))
        #expect(lots.add(Self.output("L1", "900"), time: EPCISTime(secondsSinceEpoch: 50), place: Self.place(line: 7)) == 1)
        #expect(lots.quantity(of: 1) == JSONNumber(literal: "400")!)
        #expect(lots.time(of: 1) == EPCISTime(secondsSinceEpoch: 100))
        #expect(lots.place(of: 1).line == 3)
        #expect(lots.number(of: "L1") == 1)
    }

    @Test func whatIsTakenAddsUpAndIsOverdrawnPastTheAmount() {
        var lots = ProducedLots()
        _ = lots.add(Self.output("A", "10"), time: EPCISTime(secondsSinceEpoch: 1), place: Self.place(line: 2))
        _ = lots.add(Self.output("B", "1"), time: EPCISTime(secondsSinceEpoch: 1), place: Self.place(line: 3))
        #expect(lots.take(4, of: 0) == (4, false))
        #expect(lots.take(6, of: 0) == (10, false))
        // The other lot's count is its own.
        #expect(lots.take(0.5, of: 1) == (0.5, false))
        #expect(lots.take(0.25, of: 0) == (10.25, true))
        #expect(lots.take(0.5, of: 1) == (1, false))
    }
}
