import CatalogTables
import JSONCore
import Spreadsheets
import TestSupport
import Testing

/// The catalogue workbook as drafted: the sheets in order, the headers, formats and drop-downs
/// of the layout, and a catalogue's rows when it holds one.
@Suite struct CatalogWorkbookTests {
    /// The drafted sheet named `name`.
    static func sheet(_ name: String, of draft: WorkbookDraft) throws -> SheetDraft {
        try #require(draft.sheets.first { $0.name == name }, "no sheet \(name)")
    }

    @Test func theTemplateHasTheInstructionsTheLayoutsSheetsAndTheHiddenLists() {
        let draft = CatalogWorkbook.draft(in: .english)
        #expect(
            draft.sheets.map(\.name) == [
                "Instructions", "Issuer", "Parties", "Facilities", "Certificates", "Herder organisations", "Herder identifiers", "Herds",
                "Rangeland monitoring", "Welfare audits", "Products", "Components", "Fibres", "Durability",
                "Substances", "Claims", "Excluded fibres", "Label statements", "Translations", "Emissions", "Lists",
            ])
        #expect(draft.sheets.map(\.visibility) == Array(repeating: .visible, count: 20) + [.hidden])
        #expect(draft.sheets[0].rows.first == [CellDraft(.text(CatalogLayout.instructions(in: .english)[0]), style: .header)])
        #expect(draft.sheets[0].rows.count == 7)
        // A template holds the headers only.
        #expect(draft.sheets.dropFirst().dropLast().allSatisfy { $0.rows.count == 1 && $0.frozenRows == 1 })
    }

    @Test func headersAreMarkedAndColumnsFormattedByWhatTheyHold() throws {
        let products = try Self.sheet("Products", of: CatalogWorkbook.draft(in: .english))
        #expect(products.rows[0][1] == CellDraft(.text("GTIN * (gtin)"), style: .requiredHeader))
        #expect(products.rows[0][5] == CellDraft(.text("HS description (hsDescription)"), style: .header))
        #expect(products.columns[1].format == .text)  // gtin: leading zeros kept
        #expect(products.columns[6].format == .general)  // weightGrams
        #expect(products.columns[18].format == .general)  // recyclability.recyclable
        #expect(products.columns[1].width == 15)  // "GTIN * (gtin)" and 2
        let certificates = try Self.sheet("Certificates", of: CatalogWorkbook.draft(in: .english))
        #expect(certificates.columns[8].format == .date)  // validFrom
        let mongolian = try Self.sheet("Бүтээгдэхүүн", of: CatalogWorkbook.draft(in: .mongolian))
        #expect(mongolian.rows[0][0] == CellDraft(.text("Барааны код * (sku)"), style: .requiredHeader))
    }

    @Test func codeListColumnsGetDropDownsFromTheListsSheet() throws {
        let draft = CatalogWorkbook.draft(in: .english)
        let lists = try Self.sheet("Lists", of: draft)
        // Column A: fibreNames, its 21 names (Schemas/fibre-names.json) from row 2.
        #expect(lists.rows[0][0] == CellDraft(.text("fibreNames"), style: .header))
        #expect(lists.rows.count == 1 + CodeList.allCases.map(\.values.count).max()!)
        #expect(CodeList.fibreNames.values.count == 21)
        let fibres = try Self.sheet("Fibres", of: draft)
        #expect(fibres.validations.count == 1)
        let fibre = try #require(fibres.validations.first)
        #expect(fibre.cells == CellRange("C2:C1000"))
        #expect(fibre.listSheet == "Lists")
        #expect(fibre.list == CellRange("A2:A22"))
        #expect(!fibre.allowsOtherValues)  // a closed list
        let facilities = try Self.sheet("Facilities", of: draft)
        // process (column L): facilityProcesses, column B of Lists, an open list.
        #expect(facilities.validations.map(\.cells) == [CellRange("L2:L1000")])
        #expect(facilities.validations.first?.list.first == CellReference("B2"))
        #expect(facilities.validations.first?.allowsOtherValues == true)
        // care.symbols (column P): several values a cell, so other values only warn.
        let products = try Self.sheet("Products", of: draft)
        #expect(products.validations.map(\.cells) == [CellRange("P2:P1000")])
        #expect(products.validations.first?.allowsOtherValues == true)
        let mongolian = try Self.sheet("Ширхэг", of: CatalogWorkbook.draft(in: .mongolian))
        #expect(mongolian.validations.first?.listSheet == "Жагсаалт")
        #expect(mongolian.validations.first?.prompt?.title == "Ширхэг")
    }

    @Test func aCataloguesRowsFollowTheHeaders() throws {
        let demo = try JSONParser().parse(try DemoFixtures.bytes("catalog.json"))
        let draft = CatalogWorkbook.draft(in: .english, tables: try CatalogTables(catalogue: demo, file: "catalog.json").tables)
        let products = try Self.sheet("Products", of: draft)
        #expect(products.rows.count == 6)
        #expect(products.rows[1][0] == CellDraft(.text("KC-SWEATER")))
        #expect(products.rows[1][1] == CellDraft(.text("09521234000112")))
        #expect(products.rows[1][6] == CellDraft(.number(300)))
        let certificates = try Self.sheet("Certificates", of: draft)
        #expect(certificates.rows[1][8] == CellDraft(.date(CellDate(year: 2026, month: 1, day: 15))))
    }
}
