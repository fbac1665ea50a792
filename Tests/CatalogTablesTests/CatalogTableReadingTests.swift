import CatalogTables
import Diagnostics
import JSONCore
import Spreadsheets
import TestSupport
import Testing

/// The layout's problems in tables a bookkeeper filled in: each at its sheet, header or cell,
/// saying what was expected; and the source map that moves the catalogue's own problems to cells.
@Suite struct CatalogTableReadingTests {
    /// The demo catalogue's tables with English headers, as read back from `catalogue.xlsx`.
    static func demoTables(language: CatalogLanguage = .english) throws -> [RawTable] {
        let catalogue = try JSONParser().parse(try DemoFixtures.bytes("catalog.json"))
        return try CatalogTables(catalogue: catalogue, file: "catalog.json").tables.map {
            RawTable(table: $0, language: language, file: "catalogue.xlsx")
        }
    }

    /// `tables` with the table named `name` changed by `change`.
    static func changing(_ tables: [RawTable], _ name: String, _ change: (RawTable) -> RawTable?) -> [RawTable] {
        tables.compactMap { $0.name == name ? change($0) : $0 }
    }

    static func problems(_ tables: [RawTable]) -> [String] {
        CatalogTableReading(tables: tables, source: Diagnostics.SourceLocation(file: "catalogue.xlsx")).diagnostics.map {
            "\($0.location) [\($0.ruleID)] \($0.message)"
        }
    }

    /// `table` with its header `column` (1 is A) set to `header`.
    static func renaming(_ table: RawTable, column: Int, to header: String) -> RawTable {
        var headers = table.headers
        headers[column] = header
        return RawTable(name: table.name, origin: table.origin, headerRow: table.headerRow, headers: headers, rows: table.rows)
    }

    /// `table` with the cell at `column` of its row `index` (0: the first after the header) set to `value`.
    static func setting(_ table: RawTable, row index: Int, column: Int, to value: CellValue) -> RawTable {
        var rows = table.rows
        var cells = rows[index].cells
        cells[column] = value
        rows[index] = RawTable.Row(number: rows[index].number, cells: cells)
        return RawTable(name: table.name, origin: table.origin, headerRow: table.headerRow, headers: table.headers, rows: rows)
    }

    @Test func sheetsAreFoundByTheirEnglishOrMongolianNamesAndUnknownOrMissingOnesReported() throws {
        #expect(Self.problems(try Self.demoTables(language: .mongolian)).isEmpty)
        var tables = try Self.changing(Self.demoTables(), "Fibres") { _ in nil }
        tables.append(RawTable(name: "Notes", origin: .sheet(file: "catalogue.xlsx", sheet: "Notes"), headerRow: 1, headers: [1: "x"], rows: []))
        tables.append(RawTable(name: "Lists", origin: .sheet(file: "catalogue.xlsx", sheet: "Lists"), headerRow: 1, headers: [1: "kg"], rows: []))
        tables.append(try #require(Self.demoTables(language: .mongolian).first { $0.name == "Талууд" }))
        let problems = Self.problems(tables)
        #expect(problems.count == 3, "\(problems)")
        #expect(
            problems.contains {
                $0.hasPrefix("catalogue.xlsx (Notes) [CATALOG-SHEET-UNKNOWN] 'Notes' is not a sheet of the catalogue; the sheets are Issuer, Parties")
            })
        #expect(problems.contains("catalogue.xlsx (Талууд) [CATALOG-SHEET-DUPLICATE] the Parties sheet is given twice (also as 'Parties')"))
        #expect(problems.contains("catalogue.xlsx [CATALOG-SHEET-MISSING] the catalogue has no Fibres sheet (Ширхэг, or fibres.csv)"))
    }

    @Test func headersAreMatchedByNameOrKeyAndUnknownMissingOrRepeatedOnesReported() throws {
        var tables = try Self.demoTables()
        tables = Self.changing(tables, "Products") { table in
            // A: "SKU * (sku)" by its Mongolian name; B: GTIN by its key alone; C (name) unknown; E (hsCode) repeats A.
            var table = Self.renaming(table, column: 1, to: "Барааны код *")
            table = Self.renaming(table, column: 2, to: "gtin")
            table = Self.renaming(table, column: 3, to: "Colour")
            return Self.renaming(table, column: 5, to: "Anything (sku)")
        }
        let problems = Self.problems(tables)
        #expect(
            problems == [
                "catalogue.xlsx (Products!C1, column \"Colour\") [CATALOG-COLUMN-UNKNOWN] 'Colour' is not a column of the Products sheet; its columns are SKU, GTIN, Name, Description, HS code, HS description, Weight (g), Country of production, Manufacturer (party Digital Link), Facility (Digital Link), Washing, Bleaching, Drying, Ironing, Professional cleaning, Care symbols, Repair instructions, Repair website, Recyclable, Recyclable content %, Recycling instructions, Recycling website, Recycled content %, Label composition, Contains non-textile animal parts",
                "catalogue.xlsx (Products!E1, column \"Anything (sku)\") [CATALOG-COLUMN-DUPLICATE] the column SKU (sku) is given twice, first at catalogue.xlsx (Products!A1, column \"Барааны код *\")",
                "catalogue.xlsx (Products!1:1) [CATALOG-COLUMN-MISSING] the Products sheet has no column Name (Нэр, key name), which is required",
                "catalogue.xlsx (Products!1:1) [CATALOG-COLUMN-MISSING] the Products sheet has no column HS code (HS код, key hsCode), which is required",
            ])
    }

    @Test func cellsOfTheWrongKindAndRowsWithoutAParentAreReportedAtTheirCells() throws {
        var tables = try Self.demoTables()
        // Products: C (name) of the sweater, row 2, a number is taken as text; G (weightGrams) of the scarf, row 3, "heavy".
        tables = Self.changing(tables, "Products") { table in
            let table = Self.setting(table, row: 0, column: 3, to: .number(42))
            return Self.setting(table, row: 1, column: 7, to: .text("heavy"))
        }
        // Components: the second row repeats the first's SKU and name; Durability: a row for an unknown SKU.
        tables = Self.changing(tables, "Components") { table in
            Self.setting(Self.setting(table, row: 1, column: 1, to: .text("KC-SWEATER")), row: 1, column: 2, to: .text("main"))
        }
        tables = Self.changing(tables, "Durability") { Self.setting($0, row: 0, column: 1, to: .text("KC-JACKET")) }
        // Certificates: a date with a time of day; Issuer: a second row.
        tables = Self.changing(tables, "Certificates") {
            Self.setting($0, row: 0, column: 9, to: .date(CellDate(year: 2026, month: 1, day: 15, millisecondsOfDay: 1000)))
        }
        tables = Self.changing(tables, "Issuer") { table in
            RawTable(
                name: table.name, origin: table.origin, headerRow: 1, headers: table.headers,
                rows: table.rows + [RawTable.Row(number: 3, cells: [1: .text("x")])])
        }
        let reading = CatalogTableReading(tables: tables, source: Diagnostics.SourceLocation(file: "catalogue.xlsx"))
        #expect(reading.document["products"]?[0]?["name"] == "42")
        #expect(
            reading.diagnostics.map { "\($0.location) [\($0.ruleID)] \($0.message)" } == [
                "catalogue.xlsx (Issuer!A3, column \"Issuer name * (issuer.name)\") [CATALOG-ROW-COUNT] the Issuer sheet has 2 rows; it must have exactly one",
                "catalogue.xlsx (Certificates!I2, column \"Valid from * (validFrom)\") [CATALOG-CELL-VALUE] the date 2026-01-15T00:00:01 is not what the column holds; expected a date, YYYY-MM-DD",
                "catalogue.xlsx (Products!G3, column \"Weight (g) * (weightGrams)\") [CATALOG-CELL-VALUE] 'heavy' is not a number; expected a number such as 70 or 3.5",
                "catalogue.xlsx (Components!B3, column \"Component * (name)\") [CATALOG-ROW-DUPLICATE] the product already has a component named 'main'",
                // The scarf's component row became the sweater's: the scarf's two fibre rows name a component it has not.
                "catalogue.xlsx (Fibres!B3, column \"Component * (component)\") [CATALOG-ROW-PARENT] the row names the component 'main', which its product has not",
                "catalogue.xlsx (Fibres!B4, column \"Component * (component)\") [CATALOG-ROW-PARENT] the row names the component 'main', which its product has not",
                "catalogue.xlsx (Durability!A2, column \"SKU * (sku)\") [CATALOG-ROW-PARENT] the row names the SKU KC-JACKET, which no row of Products has",
            ])
    }

    @Test func translationsAreKeyedBySKUAndLanguageOnce() throws {
        let tables = Self.changing(try Self.demoTables(), "Translations") { table in
            // Row 2 repeats row 1's SKU and language; row 3 leaves the language empty.
            let first = table.rows[0]
            let repeated = RawTable.Row(number: table.rows[1].number, cells: first.cells)
            var empty = table.rows[2].cells
            empty[2] = nil
            let rows = [first, repeated, RawTable.Row(number: table.rows[2].number, cells: empty)] + table.rows.dropFirst(3)
            return RawTable(name: table.name, origin: table.origin, headerRow: 1, headers: table.headers, rows: rows)
        }
        let problems = Self.problems(tables)
        #expect(problems.count == 2, "\(problems)")
        #expect(problems.first?.hasPrefix("catalogue.xlsx (Translations!B3, column \"Language * (language)\") [CATALOG-ROW-DUPLICATE]") == true)
        #expect(
            problems.last
                == "catalogue.xlsx (Translations!B4, column \"Language * (language)\") [CATALOG-ROW-PARENT] the row's Language cell is empty: it must name the row's parent"
        )
    }

    @Test func theSourceMapMovesACataloguePointerToItsCellOrRow() throws {
        let reading = CatalogTableReading(tables: try Self.demoTables(), source: Diagnostics.SourceLocation(file: "catalogue.xlsx"))
        let map = reading.sourceMap
        // The scarf is the second product (row 3); its GTIN is column B.
        #expect(map.location(of: JSONPointer("/products/1/gtin")!).description == "catalogue.xlsx (Products!B3, column \"GTIN * (gtin)\")")
        #expect(map.location(of: JSONPointer("/products/1/care/washing")!).description.hasPrefix("catalogue.xlsx (Products!K3, column \"Washing"))
        // A list item in a cell is at its cell; a member with no column at its row's first cell.
        #expect(map.location(of: JSONPointer("/certificates/2/scope/fibres/0")!).description.hasPrefix("catalogue.xlsx (Certificates!G4,"))
        #expect(map.location(of: JSONPointer("/products/2/components/1/fibres/0/percent")!).description.hasPrefix("catalogue.xlsx (Fibres!D6,"))
        #expect(map.location(of: JSONPointer("/products/0/colour")!).description == "catalogue.xlsx (Products!A2, column \"SKU * (sku)\")")
        #expect(map.location(of: JSONPointer("/nothing")!).description == "catalogue.xlsx")
        let moved = map.relocated(
            .error(CatalogTableRule.cellValue, "x", at: Diagnostics.SourceLocation(file: "catalogue.xlsx", pointer: "/issuer/gln")))
        #expect(moved.location.description == "catalogue.xlsx (Issuer!C2, column \"Issuer GLN * (issuer.gln)\")")
    }

    @Test func cellsConvertByTheirColumnsKind() throws {
        var tables = try Self.demoTables()
        // Products row 2: S (recyclability.recyclable) "тийм", W (recycledContentPercent) the text " 12.5 ", E (hsCode) typed as a number.
        tables = Self.changing(tables, "Products") { table in
            var table = Self.setting(table, row: 0, column: 19, to: .text("тийм"))
            table = Self.setting(table, row: 0, column: 23, to: .text(" 12.5 "))
            return Self.setting(table, row: 0, column: 5, to: .number(611_012))
        }
        let reading = CatalogTableReading(tables: tables, source: Diagnostics.SourceLocation(file: "catalogue.xlsx"))
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        let sweater = try #require(reading.document["products"]?[0])
        #expect(sweater["recyclability"]?["recyclable"] == true)
        #expect(sweater["recycledContentPercent"] == .number(try #require(JSONNumber(literal: "12.5"))))
        #expect(sweater["hsCode"] == "611012")
    }
}
