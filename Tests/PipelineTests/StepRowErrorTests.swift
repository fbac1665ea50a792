import Diagnostics
import Testing
import Traceability

@testable import Pipeline

/// Planted errors in step rows: each is reported once, by its rule, at its row and column, and
/// the row gives no event.
@Suite struct StepRowErrorTests {
    static let header = ["date", "step", "input lots", "output lot", "output product", "output quantity", "location", "notes"]
    /// A herder lot of 400 kg, dehaired into 200 kg: lines 2 and 3.
    static let rows = [
        ["2026-04-18 11:00", "herder lot", "", "L1", "09521234100010", "400", "9521234001027", ""],
        ["2026-05-20 16:00", "dehairing", "L1:400", "D1", "09521234200017", "200", "9521234000273", ""],
    ]

    /// The rows with the cell of `column` on line `line` set to `value`.
    static func planted(line: Int, _ column: String, _ value: String) -> EPCISReadResult {
        var rows = rows
        rows[line - 2][header.firstIndex(of: column)!] = value
        return StepRows.read(StepRowsTests.csv(header, rows), source: "steps.csv")
    }

    @Test func theUnplantedRowsGiveTwoEventsAndWarnOfTheUnknownColumn() {
        let result = StepRows.read(StepRowsTests.csv(Self.header, Self.rows), source: "steps.csv")
        #expect(result.events.map(\.kind) == [.objectEvent, .transformationEvent])
        #expect(result.diagnostics.map(\.ruleID) == ["STEP-COLUMN"])
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(result.diagnostics.first?.location.description == "steps.csv:1 (column \"notes\")")
    }

    /// A sheet without a date column is reported once, at its header, and no row is read.
    @Test func aMissingRequiredColumnIsReportedAtTheHeader() {
        let header = Self.header.map { $0 == "date" ? "day" : $0 }
        let result = StepRows.read(StepRowsTests.csv(header, Self.rows), source: "steps.csv")
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(
            errors.map(\.description) == ["steps.csv:1: error: the header has no column \"date\" (огноо): every step sheet needs one [STEP-COLUMN]"])
        #expect(result.diagnostics.filter { $0.severity == .warning }.count == 2)
        #expect(result.events.isEmpty)
    }

    struct Planted: Sendable, CustomTestStringConvertible {
        var line: Int
        var column: String
        var value: String
        var rule: StepRule
        var message: String
        /// The column the error is reported at, when not the planted one.
        var reportedColumn: String? = nil
        var testDescription: String { "\(rule.id): \(column) \"\(value)\"" }
    }

    static let cases: [Planted] = [
        Planted(line: 3, column: "date", value: "2026-13-40", rule: .badValue, message: "is not a date and time"),
        Planted(line: 3, column: "date", value: "20.05.2026", rule: .badValue, message: "is not a date and time"),
        Planted(line: 3, column: "step", value: "weaving", rule: .badValue, message: "is not a step: herder lot (малчны багц)"),
        Planted(line: 3, column: "input lots", value: "L1", rule: .badValue, message: "LOT:amount"),
        Planted(line: 3, column: "input lots", value: "L1:lots", rule: .badValue, message: "LOT:amount"),
        Planted(line: 3, column: "input lots", value: "LX:400", rule: .unknownLot, message: "no row produces the lot LX"),
        Planted(
            line: 3, column: "date", value: "2026-04-17 09:00", rule: .unknownLot, message: "is used at 2026-04-17T01:00:00Z before it exists",
            reportedColumn: "input lots"),
        Planted(line: 3, column: "output quantity", value: "400,5", rule: .mass, message: "puts out 400.5 kg but takes in 400 kg"),
        Planted(line: 3, column: "output quantity", value: "-5", rule: .badValue, message: "is not a positive number"),
        // Beyond a double (infinity when worked with), beyond any lot, too small to tell from zero.
        Planted(line: 3, column: "output quantity", value: "1e999", rule: .badValue, message: "is not a positive number up to 10^12"),
        Planted(line: 3, column: "output quantity", value: "1.5e12", rule: .badValue, message: "is not a positive number up to 10^12"),
        Planted(line: 3, column: "input lots", value: "L1:1e999", rule: .badValue, message: "is not a lot with an amount from 10^-9 to 10^12"),
        Planted(line: 3, column: "input lots", value: "L1:1e-10", rule: .badValue, message: "is not a lot with an amount from 10^-9 to 10^12"),
        Planted(line: 3, column: "output lot", value: "L1", rule: .lotTwice, message: "already produced by the row at steps.csv:2"),
        Planted(line: 3, column: "location", value: "9521234000274", rule: .checkDigit, message: "is not a GLN"),
        Planted(line: 3, column: "location", value: "952123400027", rule: .checkDigit, message: "is not a GLN"),
        Planted(line: 3, column: "location", value: "Nowhere plant", rule: .unknownName, message: "unknown facility \"Nowhere plant\""),
        Planted(line: 3, column: "location", value: "", rule: .missingValue, message: "a dehairing row needs its location"),
        Planted(line: 3, column: "output product", value: "09521234200018", rule: .checkDigit, message: "is not a GTIN"),
        Planted(line: 3, column: "output lot", value: "", rule: .missingValue, message: "needs its output lot"),
    ]

    @Test(arguments: cases)
    func aPlantedErrorIsReportedAtItsRowAndColumn(_ planted: Planted) {
        let result = Self.planted(line: planted.line, planted.column, planted.value)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors)")
        let error = errors.first
        #expect(error?.ruleID == planted.rule.id)
        #expect(error?.location.description == "steps.csv:\(planted.line) (column \"\(planted.reportedColumn ?? planted.column)\")")
        #expect(error?.message.contains(planted.message) == true, "\(error?.message ?? "")")
        #expect(result.events.count == 1)
    }

    /// A herder lot whose GTIN is wrong is reported once: the dehairing that uses its lot adds no error of its own.
    @Test func aRowUsingTheLotOfARowWithAnErrorAddsNoError() {
        let result = Self.planted(line: 2, "output product", "09521234100011")
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.ruleID) == ["STEP-CHECK-DIGIT"])
        #expect(result.events.isEmpty)
    }

    /// Two dehairings that take 300 kg and 100.5 kg of a 400 kg lot: the second is the error.
    @Test func stepsThatTakeMoreOfALotThanWasProducedAreAnError() {
        var rows = Self.rows + [["2026-05-21 16:00", "dehairing", "L1:100", "D2", "09521234200017", "50", "9521234000273", ""]]
        rows[1][2] = "L1:300"
        var result = StepRows.read(StepRowsTests.csv(Self.header, rows), source: "steps.csv")
        #expect(result.events.count == 3)
        result = StepRows.read(StepRowsTests.csv(Self.header, rows.map { $0.map { $0 == "L1:100" ? "L1:100,5" : $0 } }), source: "steps.csv")
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["STEP-MASS"])
        #expect(errors.first?.location.description == "steps.csv:4 (column \"input lots\")")
        #expect(
            errors.first?.message
                == "the steps up to this row take 400.5 kg of the lot L1, but 400 kg were produced (the row at steps.csv:2 (column \"output quantity\"))"
        )
        #expect(result.events.count == 2)
    }

    /// A row may come before the row that produces its input lot in the file, as long as it
    /// comes after it in time: every row's lot is known before any event is made.
    @Test func aRowBeforeTheRowProducingItsLotInTheFileGivesItsEvent() {
        let result = StepRows.read(StepRowsTests.csv(Self.header, Self.rows.reversed()), source: "steps.csv")
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
        #expect(result.events.map(\.kind) == [.transformationEvent, .objectEvent])
        #expect(result.events.first?.inputQuantityList.first?.epcClass == "https://id.gs1.org/01/09521234100010/10/L1")
    }

    /// A location written on several rows: each row with a wrong check digit is reported at its
    /// own line, and the rows with the right one all give its link.
    @Test func aWrongGLNIsReportedOnEveryRowThatWritesIt() {
        let dehairing = Self.rows[1]
        var rows = Self.rows
        for (index, gln) in ["9521234000274", "9521234000273", "9521234000274"].enumerated() {
            var row = dehairing
            (row[2], row[3], row[5], row[6]) = ("L1:100", "D\(index + 2)", "50", gln)
            rows.append(row)
        }
        (rows[1][2], rows[1][5]) = ("L1:100", "50")
        let result = StepRows.read(StepRowsTests.csv(Self.header, rows), source: "steps.csv")
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["STEP-CHECK-DIGIT", "STEP-CHECK-DIGIT"])
        #expect(errors.map(\.location.description) == ["steps.csv:4 (column \"location\")", "steps.csv:6 (column \"location\")"])
        #expect(result.events.dropFirst().map(\.bizLocation) == Array(repeating: "https://id.gs1.org/414/9521234000273", count: 2))
    }

    @Test func aDateWithItsOwnOffsetOrADateAloneIsAnInstant() throws {
        let (withOffset, zone) = try #require(StepRowReader.time("2026-04-18T11:00:00+08:00", offset: "+08:00", zoneGiven: false))
        #expect(withOffset.description == "2026-04-18T03:00:00Z" && zone == "+08:00")
        let (utc, utcZone) = try #require(StepRowReader.time("2026-04-18T03:00Z", offset: "+08:00", zoneGiven: false))
        #expect(utc == withOffset && utcZone == "+00:00")
        let (midnight, _) = try #require(StepRowReader.time("2026-04-18", offset: "+08:00", zoneGiven: true))
        #expect(midnight.description == "2026-04-17T16:00:00Z")
        #expect(StepRowReader.time("2026-02-30 10:00", offset: "+08:00", zoneGiven: true) == nil)
    }
}
