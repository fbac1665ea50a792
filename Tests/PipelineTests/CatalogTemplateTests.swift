import CatalogTables
import Diagnostics
import Foundation
import JSONCore
import Passport
import Pipeline
import TestSupport
import Testing

/// `dpp template`: the empty catalogue workbook as openpyxl reads it (headers in English and in
/// Mongolian, required marks, the hidden lists, the drop-downs), read back by `--catalog` as an
/// empty catalogue, and still read so once LibreOffice has saved it again.
@Suite(.enabled(if: CatalogueFiles.openpyxlIsInstalled, "openpyxl is not installed (PyPI package openpyxl)"))
struct CatalogTemplateTests {
    /// Writes the template in `language` to `name` in `folder`; returns its path.
    static func template(_ language: String, to name: String, in folder: TemporaryFolder) throws -> String {
        let result = try DPPProcess.run(["template", "--out", folder.path(name), "--lang", language])
        #expect(result.status == 0, "\(result.stderr)")
        return folder.path(name)
    }

    /// What `Tests/SpreadsheetsTests/Support/dump_workbook.py` (openpyxl) reads in the workbook at `path`.
    static func dump(_ path: String) throws -> JSONValue {
        let script = PackageFolders.root.appendingPathComponent("Tests/SpreadsheetsTests/Support/dump_workbook.py").path
        let result = try OutsideTool.run("python3", [script, path])
        guard result.status == 0 else { throw CatalogueFiles.Failure(description: "dump_workbook.py failed: \(result.stderr)") }
        return try JSONParser().parse(Array(result.standardOutput))
    }

    /// The dumped sheet named `name`.
    static func sheet(_ name: String, in dump: JSONValue) throws -> JSONValue {
        try #require(dump["sheets"]?.arrayValue?.first { $0["name"]?.stringValue == name }, "no sheet \(name)")
    }

    @Test func openpyxlReadsTheEnglishTemplate() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dump = try Self.dump(try Self.template("en", to: "catalogue.xlsx", in: folder))
        let names = dump["sheets"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
        #expect(names?.first == "Instructions" && names?.last == "Lists" && names?.count == 21, "\(names ?? [])")
        let states = dump["sheets"]?.arrayValue?.compactMap { $0["state"]?.stringValue }
        #expect(states == Array(repeating: "visible", count: 20) + ["hidden"])
        let products = try Self.sheet("Products", in: dump)
        #expect(products["freeze"] == "A2")
        // [type, value, bold, fill, number format]: required headers bold on light yellow, others bold only.
        #expect(products["cells"]?["B1"] == ["s", "GTIN * (gtin)", true, "FFFFF2CC", "@"])
        #expect(products["cells"]?["F1"] == ["s", "HS description (hsDescription)", true, nil, "@"])
        #expect(products["cells"]?["A2"] == nil)
        #expect(products["columns"]?["B"] == [15, "@"])
        #expect(products["columns"]?["G"] == [28, "General"])  // "Weight (g) * (weightGrams)" and 2
        let certificates = try Self.sheet("Certificates", in: dump)
        #expect(certificates["columns"]?["I"]?[1] == "yyyy-mm-dd")
        // The drop-downs: fibre names (wool first, as in Schemas/fibre-names.json) refuse other values, facility processes and care symbols only warn.
        let fibres = try Self.sheet("Fibres", in: dump)
        let fibre = try #require(fibres["validations"]?[0])
        #expect(fibres["validations"]?.arrayValue?.count == 1)
        // errorStyle absent: stop, the default.
        #expect(fibre["sqref"] == "C2:C1000" && fibre["formula1"] == "'Lists'!$A$2:$A$22" && fibre["errorStyle"] == .null, "\(fibre)")
        #expect(fibre["promptTitle"] == "Fibre" && fibre["showInputMessage"] == true)
        let facilities = try Self.sheet("Facilities", in: dump)
        #expect(facilities["validations"]?[0]?["sqref"] == "L2:L1000")
        #expect(facilities["validations"]?[0]?["errorStyle"] == "warning")
        #expect(try Self.sheet("Products", in: dump)["validations"]?[0]?["sqref"] == "P2:P1000")
        let lists = try Self.sheet("Lists", in: dump)
        #expect(lists["cells"]?["A1"]?[1] == "fibreNames" && lists["cells"]?["A2"]?[1] == "wool", "\(lists["cells"]?["A2"] ?? nil)")
        #expect(lists["cells"]?["A22"] != nil && lists["cells"]?["A23"] == nil)
    }

    @Test func openpyxlReadsTheMongolianTemplate() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dump = try Self.dump(try Self.template("mn", to: "catalogue.xlsx", in: folder))
        let names = dump["sheets"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
        #expect(names?.first == "Заавар" && names?.last == "Жагсаалт" && names?.contains("Бүтээгдэхүүн") == true, "\(names ?? [])")
        let products = try Self.sheet("Бүтээгдэхүүн", in: dump)
        #expect(products["cells"]?["A1"] == ["s", "Барааны код * (sku)", true, "FFFFF2CC", "@"])
        #expect(products["cells"]?["F1"]?[1] == "HS тайлбар (hsDescription)")
        let fibres = try Self.sheet("Ширхэг", in: dump)
        #expect(fibres["validations"]?[0]?["formula1"] == "'Жагсаалт'!$A$2:$A$22")
        #expect(try Self.sheet("Жагсаалт", in: dump)["state"] == "hidden")
    }

    /// The diagnostics of the catalogue at `path` as `--catalog` reads it: `nil` for the catalogue, and the rule ids.
    static func readBack(_ path: String) throws -> (isRead: Bool, rules: [String], messages: [String]) {
        let sink = DiagnosticSink()
        let catalog = try CatalogInput.read(path, sink: sink)
        return (catalog != nil, sink.diagnostics.map(\.ruleID), sink.diagnostics.map(\.description))
    }

    @Test func theEmptyTemplateReadsBackAsAnEmptyCatalogueNotACrash() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for language in ["en", "mn"] {
            let path = try Self.template(language, to: "catalogue-\(language).xlsx", in: folder)
            let sink = DiagnosticSink()
            let reading = try #require(try CatalogInput.readTables(path, sink: sink))
            #expect(sink.diagnostics.isEmpty)
            // No sheet is unknown and no column is missing: only the rows are.
            #expect(reading.document["products"] == nil || reading.document["products"] == .array([]), "\(reading.document)")
            let back = try Self.readBack(path)
            #expect(!back.isRead)
            // The one row the Issuer sheet must have is missing: the catalogue is empty, said once by the layout, once by the catalogue reader.
            #expect(back.rules == ["CATALOG-ROW-COUNT", "CATALOG-MISSING-FIELD"], "\(language): \(back.messages)")
            #expect(back.messages.first?.contains("sheet has no row, so the catalogue is empty") == true, "\(back.messages)")
        }
    }

    @Test func theTemplateIsNotWrittenOverAFileUnlessForced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("catalogue.xlsx", "filled in")
        let refused = try DPPProcess.run(["template", "--out", path])
        #expect(refused.status == 2 && refused.stderr.contains("exists; give --force"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "filled in")
        let forced = try DPPProcess.run(["template", "--out", path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let wrong = try DPPProcess.run(["template", "--out", folder.path("catalogue.json")])
        #expect(wrong.status == 2 && wrong.stderr.contains("--out must end in .xlsx"), "\(wrong.stderr)")
        let language = try DPPProcess.run(["template", "--out", folder.path("x.xlsx"), "--lang", "de"])
        #expect(language.status == 2 && language.stderr.contains("--lang must be en or mn"), "\(language.stderr)")
    }

    /// The demo workbook and the template saved again by openpyxl (load, save): the same catalogue,
    /// the same empty one.
    @Test func workbooksSavedAgainByOpenpyxlStillRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = try Self.template("en", to: "template.xlsx", in: folder)
        let demo = try folder.write("demo.xlsx", bytes: try DemoFixtures.bytes("catalogue.xlsx"))
        for path in [template, demo] {
            let save = "import openpyxl, sys; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])"
            let result = try OutsideTool.run("python3", ["-c", save, path, path + ".saved.xlsx"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let original = try Self.readBack(template)
        let saved = try Self.readBack(template + ".saved.xlsx")
        #expect(saved.isRead == original.isRead && saved.rules == original.rules, "\(saved.messages)")
        let sink = DiagnosticSink()
        let reading = try #require(try CatalogInput.readTables(demo + ".saved.xlsx", sink: sink))
        #expect(sink.diagnostics.isEmpty && reading.diagnostics.isEmpty, "\(sink.diagnostics + reading.diagnostics)")
        #expect(JSONWriter(pretty: true).bytes(CatalogMemberOrder.ordered(reading.document)) == (try DemoFixtures.bytes("catalog.json")))
    }

    /// The template and the demo workbook saved again by LibreOffice Calc: the template still reads
    /// as the same empty catalogue, the demo workbook as the same catalogue.
    @Test(.requiring(tool: "soffice", debianPackage: "libreoffice-calc-nogui"))
    func workbooksSavedAgainByLibreOfficeStillRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = try Self.template("mn", to: "template.xlsx", in: folder)
        let demo = try folder.write("demo.xlsx", bytes: try DemoFixtures.bytes("catalogue.xlsx"))
        let result = try OutsideTool.run(
            "soffice",
            [
                "-env:UserInstallation=file://" + folder.path("profile"), "--headless", "--convert-to", "xlsx", "--outdir", folder.path("out"),
                template, demo,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let original = try Self.readBack(template)
        let saved = try Self.readBack(folder.path("out/template.xlsx"))
        #expect(saved.isRead == original.isRead && saved.rules == original.rules, "\(saved.messages)")
        let sink = DiagnosticSink()
        let reading = try #require(try CatalogInput.readTables(folder.path("out/demo.xlsx"), sink: sink))
        #expect(sink.diagnostics.isEmpty && reading.diagnostics.isEmpty, "\(sink.diagnostics + reading.diagnostics)")
        #expect(reading.document == (try JSONParser().parse(try DemoFixtures.bytes("catalog.json"))))
    }
}
