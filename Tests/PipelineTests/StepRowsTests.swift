import Diagnostics
import Foundation
import Passport
import Spreadsheets
import TestSupport
import Testing
import Traceability

@testable import Pipeline

/// Step rows become the events the EPCIS readers give: the demo's `steps.csv` (written from the
/// hand-written `events.jsonld` by Fixtures/tools/make-demo-steps.py) gives the same 67 events
/// and the same traces, in English or Mongolian, with GLNs or the catalogue's names.
@Suite struct StepRowsTests {
    static func demoEvents() throws -> [EPCISEvent] {
        let result = EPCISReader.read(try DemoFixtures.bytes("events.jsonld"), source: "events.jsonld")
        #expect(!result.diagnostics.hasErrors)
        return result.events
    }

    static func demoCatalog() throws -> Catalog {
        try #require(CatalogReader.read(try DemoFixtures.bytes("catalog.json"), file: "catalog.json", sink: DiagnosticSink()))
    }

    /// The demo's step rows as a table: the header and the rows' fields.
    static func demoTable() throws -> (header: [String], rows: [[String]]) {
        let table = try CSVTable(bytes: try DemoFixtures.bytes("steps.csv"), source: "steps.csv")
        return (table.header, table.rows.map(\.fields))
    }

    /// `header` and `rows` as CSV, every field quoted.
    static func csv(_ header: [String], _ rows: [[String]]) -> [UInt8] {
        let lines = ([header] + rows).map { $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") }
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// Checks that `events` are the demo's, event for event, naming the first that differs.
    static func expectDemoEvents(_ events: [EPCISEvent], _ what: String) throws {
        let demo = try demoEvents()
        #expect(events.count == demo.count, "\(what): \(events.count) events")
        for (index, (event, expected)) in zip(events, demo).enumerated() where event != expected {
            Issue.record("\(what): event \(index + 1) differs:\n\(event)\nexpected\n\(expected)")
            return
        }
    }

    @Test func theDemoStepRowsGiveTheDemoEventsEventForEvent() throws {
        let result = StepRows.read(try DemoFixtures.bytes("steps.csv"), source: "steps.csv")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        try Self.expectDemoEvents(result.events, "steps.csv")
        // The comparison can fail: one kilogram more in one row is a different event.
        var (header, rows) = try Self.demoTable()
        let column = try #require(header.firstIndex(of: "output quantity"))
        rows[0][column] = "401"
        let changed = StepRows.read(Self.csv(header, rows), source: "steps.csv").events
        let demo = try Self.demoEvents()
        #expect(changed.count == 67 && changed[0] != demo[0])
    }

    /// Every lot and carton of the demo traces to the same origins, shares and steps from the
    /// step rows as from the hand-written EPCIS.
    @Test func theTraceOfEveryLotAndCartonEqualsTheHandWrittenDemos() throws {
        let demo = try Self.demoEvents()
        let fromSteps = StepRows.read(try DemoFixtures.bytes("steps.csv"), source: "steps.csv").events
        let expected = TraceGraph(events: demo)
        let graph = TraceGraph(events: fromSteps)
        let lots = Set(
            demo.flatMap { $0.outputQuantityList.map(\.epcClass) + ($0.bizStep == "commissioning" ? $0.quantityList.map(\.epcClass) : []) })
        let cartons = Set(demo.compactMap(\.parentID))
        #expect(lots.count == 32 && cartons.count == 6)
        for id in lots.union(cartons).sorted() {
            let trace = graph.trace(id)
            let hand = expected.trace(id)
            #expect(!trace.origins.isEmpty, "\(id) has no origin")
            #expect(trace.origins == hand.origins, "\(id): origins differ")
            #expect(trace.steps == hand.steps, "\(id): steps differ")
            #expect(trace.tracedMassFraction == hand.tracedMassFraction, "\(id)")
            #expect(trace.diagnostics.map(\.ruleID) == hand.diagnostics.map(\.ruleID), "\(id)")
        }
    }

    @Test func mongolianHeadersAndStepWordsGiveTheSameEvents() throws {
        var (header, rows) = try Self.demoTable()
        let step = try #require(header.firstIndex(of: "step"))
        header = try header.map { try #require(StepColumn(header: $0)).mongolian }
        #expect(header.contains("огноо") && header.contains("орох багц"))
        for index in rows.indices { rows[index][step] = try #require(StepKind(word: rows[index][step])).mongolian }
        #expect(rows.contains { $0[step] == "ялгах" })
        let result = StepRows.read(Self.csv(header, rows), source: "алхам.csv")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        try Self.expectDemoEvents(result.events, "Mongolian headers")
    }

    @Test func aBilingualHeaderIsReadByEitherOfItsWords() {
        #expect(StepColumn(header: "Орох багц (input lots)") == .inputLots)
        #expect(StepColumn(header: "  Input Lots ") == .inputLots)
        #expect(StepColumn(header: "input kg") == nil)
        #expect(StepKind(word: "Fiber test") == .fibreTest)
        #expect(StepKind(word: "сүлжих") == .knitting)
        #expect(StepKind(word: "  FIBRE TEST\t") == .fibreTest)
        #expect(StepKind(word: "\u{00A0}Малчны багц\u{00A0}") == .herderLot)
        #expect(StepKind(word: "herder-lot") == nil)
        #expect(StepKind(word: "weaving") == nil)
    }

    /// A cell is trimmed of spaces, tabs and line breaks at either end, no-break spaces
    /// included, and kept as it is otherwise.
    @Test func aCellIsTrimmedOfSpacesAtItsEndsOnly() {
        #expect(" L1 ".trimmingCellWhitespace == "L1")
        #expect("\tL1\r\n".trimmingCellWhitespace == "L1")
        #expect("\u{00A0}L1\u{2003}".trimmingCellWhitespace == "L1")
        #expect("L 1".trimmingCellWhitespace == "L 1")
        #expect("шир".trimmingCellWhitespace == "шир")
        #expect("  ".trimmingCellWhitespace.isEmpty && "".trimmingCellWhitespace.isEmpty)
    }

    /// A list cell's parts are separated by `;` or by line breaks of any kind, a spreadsheet's
    /// line feed within a cell or a Windows file's carriage return and line feed.
    @Test(arguments: ["LOT-A:120; LOT-B:80", "LOT-A:120\nLOT-B:80", "LOT-A:120\r\nLOT-B:80", "LOT-A:120\rLOT-B:80", " LOT-A:120;\r\n;LOT-B:80\r\n"])
    func aListCellIsSplitAtSemicolonsAndLineBreaks(_ cell: String) {
        #expect(StepRowReader.list(cell) == ["LOT-A:120", "LOT-B:80"])
    }

    /// Locations and parties named as the catalogue names its facilities and parties, and
    /// certificates by their numbers, give the same events with the catalogue, and each name is
    /// an unknown-name error at its cell without one.
    @Test func theCataloguesNamesStandForGLNsAndCertificateNumbersForURIs() throws {
        let catalog = try Self.demoCatalog()
        var (header, rows) = try Self.demoTable()
        let facilityNames = Dictionary(uniqueKeysWithValues: catalog.facilities.map { ($0.gln, $0.name) })
        let partyNames = Dictionary(uniqueKeysWithValues: catalog.parties.map { ($0.gln, $0.name) })
        let certificateNumbers = Dictionary(uniqueKeysWithValues: catalog.certificates.map { ($0.id, $0.number) })
        var names = 0
        for (columnName, lookup) in [
            ("location", facilityNames), ("to location", facilityNames), ("from", partyNames), ("to", partyNames),
            ("herder organisation", partyNames), ("certificates", certificateNumbers),
        ] {
            let column = try #require(header.firstIndex(of: columnName))
            for index in rows.indices {
                if let name = lookup[rows[index][column]] {
                    rows[index][column] = name.uppercased()
                    names += 1
                }
            }
        }
        // 96 names in the 2026 rows; the 2025 rows add 50: five herder lots (place, organisation) and one certificate,
        // five shipments (place, from, to, to place), five receipts (place, from, to) and four dehairings (place).
        #expect(names == 146)
        #expect(rows[0][try #require(header.firstIndex(of: "location"))] == "BAYAN-UUL HERDERS' COOPERATIVE PASTURES")
        let named = StepRows.read(Self.csv(header, rows), source: "steps.csv", directory: StepDirectory(catalog: catalog))
        #expect(named.diagnostics.isEmpty, "\(named.diagnostics.prefix(3))")
        try Self.expectDemoEvents(named.events, "names from the catalogue")
        let unnamed = StepRows.read(Self.csv(header, rows), source: "steps.csv")
        #expect(unnamed.events.isEmpty)
        let unknown = unnamed.diagnostics.filter { $0.ruleID == StepRule.unknownName.id }
        #expect(unknown.count == names)
        #expect(unknown.first?.location.description == "steps.csv:2 (column \"location\")")
        #expect(unknown.first?.message.contains("no catalogue was given") == true)
    }

    /// A file named `.xlsx` is read as a workbook whatever its first bytes: one that is no zip
    /// container is refused as such, not read as CSV text (its "header" then its whole first line).
    @Test func anXLSXFileThatIsNoWorkbookIsRefusedAsOne() throws {
        let csv = try DemoFixtures.bytes("steps.csv")
        let asWorkbook = StepRows.read(csv, source: "steps.xlsx")
        #expect(asWorkbook.events.isEmpty)
        #expect(asWorkbook.diagnostics.map(\.ruleID) == ["SHEET-ZIP-MALFORMED"])
        // Named .csv, the same bytes are the demo's rows.
        #expect(!StepRows.read(csv, source: "steps.csv").events.isEmpty)
    }

    /// A header cell of a thousand characters is named shortened in every diagnostic that locates by it.
    @Test func aLongUnknownColumnIsNamedShortened() {
        let long = String(repeating: "ж", count: 1_000)
        let result = StepRows.read(Self.csv(["date", "step", long], [["2026-04-18", "shipping", "x"]]), source: "steps.csv")
        let unknown = result.diagnostics.filter { $0.message.contains("is not a step column") }
        #expect(unknown.count == 1)
        let shortened = "column \"" + String(repeating: "ж", count: 60) + "… (1000 characters)\""
        #expect(unknown.first?.location.description == "steps.csv:1 (\(shortened))")
        #expect(unknown.first?.message.hasPrefix("the \(shortened) is not a step column") == true)
    }
}
