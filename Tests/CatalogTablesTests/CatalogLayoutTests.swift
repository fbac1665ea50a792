import CatalogTables
import Foundation
import JSONCore
import TestSupport
import Testing

/// The catalogue layout covers every member the catalogue schema allows, once, with the schema's
/// enumerations as its closed code lists.
@Suite struct CatalogLayoutTests {
    /// The leaves of the catalogue schema as paths, `*` for an array's items or an object's free
    /// members: `products/*/care/washing`, `certificates/*/scope/fibres/*`.
    static func schemaLeaves() throws -> Set<String> {
        let schema = try JSONParser().parse(try Array(Data(contentsOf: PackageFolders.root.appendingPathComponent("Schemas/catalog.schema.json"))))
        func resolve(_ node: JSONValue) -> JSONValue {
            guard let reference = node["$ref"]?.stringValue, let pointer = JSONPointer(String(reference.dropFirst())) else { return node }
            return pointer.resolve(in: schema).map(resolve) ?? node
        }
        func leaves(_ node: JSONValue, _ path: [String]) -> [String] {
            let node = resolve(node)
            if let properties = node["properties"]?.objectValue {
                return properties.flatMap { leaves($0.value, path + [$0.key]) }
            }
            if let items = node["items"] { return leaves(items, path + ["*"]) }
            if let members = node["additionalProperties"], members.objectValue != nil { return leaves(members, path + ["*"]) }
            return [path.joined(separator: "/")]
        }
        return Set(leaves(schema, []))
    }

    /// The layout's value columns as the same paths.
    static func layoutLeaves() -> [String] {
        CatalogLayout.sheets.flatMap { sheet in
            let prefix: [String] =
                switch sheet.placement {
                case .catalogue: []
                case .list(let key): [key, "*"]
                case .productList(let key): ["products", "*", key, "*"]
                case .componentFibres: ["products", "*", "components", "*", "fibres", "*"]
                case .productTranslations: ["products", "*", "translations", "*"]
                case .herderList(let key): ["herderOrganisations", "*", key, "*"]
                }
            return sheet.columns.compactMap { column in
                column.path.map { (prefix + $0 + (column.kind == .textList ? ["*"] : [])).joined(separator: "/") }
            }
        }
    }

    @Test func everyMemberOfTheSchemaHasExactlyOneColumn() throws {
        let schema = try Self.schemaLeaves()
        let layout = Self.layoutLeaves()
        // 91 before the herder organisations, which add 35: party, facility, 4 per identifier, 7 of the
        // pasture user group, 3 of the households, 5 per herd row, 9 per assessment, 4 per audit, the certificates.
        // The emissions declarations add 10: facility, stage, intensity, its basis, energy, factor, method, source, date, year.
        #expect(schema.count == 136, "\(schema.count) leaves")
        #expect(Set(layout) == schema, "missing: \(schema.subtracting(layout).sorted()), extra: \(Set(layout).subtracting(schema).sorted())")
        #expect(layout.count == Set(layout).count)
    }

    @Test func closedCodeListsAreTheSchemasEnumerations() {
        // Copied by hand from Schemas/catalog.schema.json.
        #expect(CodeList.partyRoles.values == ["manufacturer", "importer", "supplier", "herder organisation", "brand", "distributor"])
        #expect(CodeList.componentKinds.values == ["main", "main lining", "lining", "trim", "filling", "other"])
        #expect(CodeList.claimKinds.values == ["traceability", "environmental", "social", "animal welfare", "circularity"])
        #expect(CodeList.excludedFibreRoles.values == ["decorative", "antistatic"])
        #expect(CodeList.conformityTopics.values.count == 8)
        #expect(CodeList.conformityTopics.values.first == "environment.energy")
        // The 21 keys of Schemas/fibre-names.json's fibres, and the processes of facility-processes.json.
        #expect(CodeList.fibreNames.values.count == 21)
        #expect(CodeList.fibreNames.values.prefix(5) == ["wool", "alpaca", "llama", "camel", "cashmere"])
        #expect(CodeList.facilityProcesses.values == ["dehairing", "scouring and combing", "spinning", "weaving", "knitting", "herding"])
        #expect(CodeList.livestockSpecies.values == ["camel", "horse", "cattle", "sheep", "goat"])
        #expect(CodeList.recoveryClasses.values == ["I", "II", "III", "IV", "V"])
        #expect(CodeList.emissionsBases.values == ["raw fibre", "dehaired fibre"])
        #expect(CodeList.allCases.filter(\.isClosed).count == 9)
    }

    @Test func everySheetAndColumnHasAMongolianNameAndAUniqueKey() {
        for sheet in CatalogLayout.sheets {
            #expect(sheet.mongolian.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "\(sheet.english)")
            #expect(sheet.mongolian.count <= 31 && sheet.english.count <= 31)
            #expect(Set(sheet.columns.map(\.key)).count == sheet.columns.count, "\(sheet.english)")
            for column in sheet.columns where column.english != column.mongolian {
                #expect(column.mongolian.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "\(sheet.english) \(column.key)")
            }
        }
        #expect(Set(CatalogLayout.sheets.map(\.mongolian)).count == CatalogLayout.sheets.count)
        #expect(CatalogLayout.instructions(in: .mongolian).count == CatalogLayout.instructions(in: .english).count)
        #expect(CatalogLayout.instructions(in: .mongolian).allSatisfy { $0.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } })
        #expect(
            CatalogLayout.isSkipped(sheetNamed: "заавар") && CatalogLayout.isSkipped(sheetNamed: "Lists")
                && !CatalogLayout.isSkipped(sheetNamed: "Products"))
        #expect(CatalogLayout.sheets.map(\.csvFileName).contains("excluded-fibres.csv"))
    }

    @Test func headersCarryTheKeyAndTheRequiredMark() throws {
        let products = try #require(CatalogLayout.sheet(named: "products.csv"))
        #expect(CatalogLayout.sheet(named: "Бүтээгдэхүүн") == products)
        #expect(CatalogLayout.sheet(named: "Бүтээгдэхүүн.CSV") == products)
        #expect(CatalogLayout.sheet(named: "excluded-fibres.csv")?.english == "Excluded fibres")
        #expect(CatalogLayout.sheet(named: "Excluded fibres")?.csvFileName == "excluded-fibres.csv")
        #expect(CatalogLayout.sheet(named: "product") == nil)
        #expect(CatalogLayout.isSkipped(sheetNamed: "instructions.csv"))
        let gtin = try #require(products.column(key: "gtin"))
        #expect(gtin.header(in: .english) == "GTIN * (gtin)")
        let washing = try #require(products.column(key: "care.washing"))
        #expect(washing.header(in: .mongolian) == "Угаалга * (care.washing)")
        #expect(products.column(key: "hsDescription")?.header(in: .english) == "HS description (hsDescription)")
    }
}
