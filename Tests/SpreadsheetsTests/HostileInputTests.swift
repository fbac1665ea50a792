import Diagnostics
import Foundation
import Spreadsheets
import TestSupport
import Testing

/// Hostile or damaged workbooks and CSV files are refused with one diagnostic of the expected
/// rule, located at the file (and the entry or line), never with a crash or a hang.
@Suite(.enabled(if: GeneratedFiles.openpyxlIsInstalled, "openpyxl is not installed (PyPI package openpyxl)"))
struct HostileInputTests {
    static let workbooks = [
        "bomb.xlsx", "bad-crc.xlsx", "lying-size.xlsx", "cut-entry.xlsx", "truncated.xlsx", "entities.xlsx", "latin1.xlsx", "traversal.xlsx",
        "encrypted.xlsx", "text.xlsx", "shift-jis.xlsx",
    ]

    @Test(arguments: workbooks)
    func hostileWorkbooksAreRefusedWithTheirRule(name: String) throws {
        let rules = try #require(try GeneratedFiles.expected("hostile") as? [String: String])
        let diagnostic = #expect(throws: Diagnostic.self) { try Workbook(bytes: try GeneratedFiles.bytes(name), source: name) }
        #expect(diagnostic?.ruleID == rules[name], "\(String(describing: diagnostic))")
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.location.file == name)
    }

    @Test func entryProblemsNameTheEntry() throws {
        for (name, entry) in [
            ("bomb.xlsx", "xl/worksheets/sheet1.xml"), ("bad-crc.xlsx", "xl/worksheets/sheet1.xml"), ("lying-size.xlsx", "xl/worksheets/sheet1.xml"),
            ("cut-entry.xlsx", "xl/worksheets/sheet1.xml"), ("traversal.xlsx", "../../etc/cron.d/evil"),
        ] {
            let diagnostic = #expect(throws: Diagnostic.self) { try Workbook(bytes: try GeneratedFiles.bytes(name), source: name) }
            #expect(diagnostic?.location.part == "entry \(entry)", "\(name)")
        }
    }

    @Test func entitiesAreRefusedBeforeExpansionAndMalformedXMLIsLocatedAtItsLine() throws {
        let entities = #expect(throws: Diagnostic.self) { try Workbook(bytes: try GeneratedFiles.bytes("entities.xlsx"), source: "entities.xlsx") }
        #expect(entities?.message.contains("DOCTYPE") == true)
        let latin1 = #expect(throws: Diagnostic.self) { try Workbook(bytes: try GeneratedFiles.bytes("latin1.xlsx"), source: "latin1.xlsx") }
        #expect(latin1?.location.part == "entry xl/worksheets/sheet1.xml")
        #expect(latin1?.location.line == 3)
        #expect(latin1?.ruleID == "XML-MALFORMED")
        #expect(latin1?.message.contains("UTF-8") == true, "\(String(describing: latin1))")
    }

    @Test(arguments: ["latin1.csv", "unclosed.csv"])
    func hostileCSVFilesAreRefusedAtTheirLine(name: String) throws {
        let rules = try #require(try GeneratedFiles.expected("hostile") as? [String: String])
        let lines = try #require(try GeneratedFiles.expected("hostileLines") as? [String: Int])
        let diagnostic = #expect(throws: Diagnostic.self) { try CSVTable(bytes: try GeneratedFiles.bytes(name), source: name) }
        #expect(diagnostic?.ruleID == rules[name])
        #expect(diagnostic?.location == SourceLocation(file: name, line: lines[name]))
    }
}
