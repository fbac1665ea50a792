import Diagnostics
import Foundation
import Spreadsheets
import TestSupport
import Testing

/// CSV files written by Python's csv module as Excel writes them read back field by field, with
/// the line each row starts on.
@Suite(.enabled(if: GeneratedFiles.openpyxlIsInstalled, "openpyxl is not installed (PyPI package openpyxl)"))
struct CSVTableTests {
    @Test(arguments: ["semicolon-bom.csv", "unicode-text.txt", "plain.csv"])
    func everyFieldReadsAsWritten(name: String) throws {
        let expected = try #require(try GeneratedFiles.expected("csv") as? [String: Any])
        let files = try #require(expected["files"] as? [String: String])
        let table = try CSVTable(bytes: try GeneratedFiles.bytes(name), source: name)
        #expect(String(table.delimiter) == files[name])
        #expect(table.header == expected["header"] as? [String])
        #expect(table.rows.map(\.fields) == expected["rows"] as? [[String]])
        let lines = try #require(expected[name == "plain.csv" ? "plainLines" : "lines"] as? [Int])
        #expect(table.rows.map(\.line) == lines)
    }

    @Test func aFieldIsLocatedByLineAndColumnHeader() throws {
        let table = try CSVTable(bytes: try GeneratedFiles.bytes("semicolon-bom.csv"), source: "steps.csv")
        let row = table.rows[2]
        #expect(table.field(row, column: "step") == "")
        #expect(table.field(row, column: "no such column") == nil)
        #expect(table.location(of: row, column: "input kg").description == "steps.csv:5 (column \"input kg\")")
    }

    @Test func rowsBeyondTheLimitAreRefusedAtTheFirstOneTooMany() throws {
        let text = "a\n1\n2\n\n3\n"
        #expect(try CSVTable(bytes: Array(text.utf8), source: "r.csv", maximumRows: 3).rows.count == 3)
        let refused = #expect(throws: Diagnostic.self) { try CSVTable(bytes: Array(text.utf8), source: "r.csv", maximumRows: 2) }
        #expect(refused?.ruleID == "SHEET-ROW-LIMIT")
        #expect(refused?.location == SourceLocation(file: "r.csv", line: 5))
    }

    /// The delimiter is the one the header line has most of outside quotes; `,` on a tie or when there is none.
    @Test func theDelimiterComesFromTheHeaderLine() throws {
        #expect(try CSVTable(bytes: Array("\"a;b\",c,d;e\n".utf8), source: "d.csv").delimiter == ",")
        #expect(try CSVTable(bytes: Array("a;b,c;d\n1,2;3;4\n".utf8), source: "d.csv").delimiter == ";")
        #expect(try CSVTable(bytes: Array("a;b,c\n".utf8), source: "d.csv").delimiter == ",")
        #expect(try CSVTable(bytes: Array("name\n".utf8), source: "d.csv").delimiter == ",")
    }

    /// Hand-checked against RFC 4180 §2: a quote inside a quoted field is doubled; text after a closing quote is an error.
    @Test func quotesFollowRFC4180() throws {
        let table = try CSVTable(bytes: Array("a,b\r\n\"x \"\"y\"\"\",\"\"\r\n".utf8), source: "q.csv")
        #expect(table.rows.map(\.fields) == [["x \"y\"", ""]])
        let stray = #expect(throws: Diagnostic.self) { try CSVTable(bytes: Array("a,b\n\"x\"y,2\n".utf8), source: "q.csv") }
        #expect(stray?.ruleID == "CSV-MALFORMED")
        #expect(stray?.location.line == 2)
    }
}
