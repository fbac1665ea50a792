import Diagnostics
import JSONCore
import Spreadsheets

/// Builds the catalogue JSON from the tables matched to the layout's sheets, row by row,
/// recording where each value came from and every problem of the layout.
struct CatalogTableBuilder {
    private(set) var sourceMap: CatalogSourceMap
    private(set) var diagnostics: [Diagnostic] = []
    private let source: SourceLocation
    /// The catalogue object's own members (the Issuer sheet's first row).
    private var root: JSONObject?
    /// The elements of the top-level lists, by member name.
    private var lists: [String: [JSONValue]] = [:]
    /// The index of each product by SKU.
    private var productIndex: [String: Int] = [:]
    /// Each product's lists (components, durability...), by product index and member name.
    private var productLists: [Int: [String: [JSONValue]]] = [:]
    /// The index of each component by product index and component name.
    private var componentIndex: [Int: [String: Int]] = [:]
    /// Each component's fibres, by product index and component index.
    private var componentFibres: [Int: [Int: [JSONValue]]] = [:]
    /// Each product's translations, by product index.
    private var translations: [Int: JSONObject] = [:]
    /// The index of each herder organisation by its party Digital Link.
    private var herderIndex: [String: Int] = [:]
    /// Each herder organisation's lists (herd, monitoring...), by organisation index and member name.
    private var herderLists: [Int: [String: [JSONValue]]] = [:]

    init(source: SourceLocation) {
        self.source = source
        sourceMap = CatalogSourceMap(fallback: source)
    }

    // MARK: - Sheets and columns

    /// The tables paired with the layout's sheets, in the layout's order (parents first); the
    /// instructions and lists sheets are skipped, unknown, repeated and missing sheets reported.
    mutating func match(_ tables: [RawTable]) -> [(CatalogSheet, RawTable)] {
        var matched: [String: RawTable] = [:]
        for table in tables {
            if CatalogLayout.isSkipped(sheetNamed: table.name) { continue }
            guard let sheet = CatalogLayout.sheet(named: table.name) else {
                let known = CatalogLayout.sheets.map { table.name.hasSuffix(".csv") ? $0.csvFileName : $0.english }
                report(
                    .sheetUnknown, "'\(table.name)' is not a sheet of the catalogue; the sheets are \(known.joined(separator: ", "))",
                    at: table.location)
                continue
            }
            guard matched[sheet.english] == nil else {
                report(.sheetDuplicate, "the \(sheet.english) sheet is given twice (also as '\(matched[sheet.english]!.name)')", at: table.location)
                continue
            }
            matched[sheet.english] = table
        }
        for sheet in CatalogLayout.sheets where sheet.isRequired && matched[sheet.english] == nil {
            report(.sheetMissing, "the catalogue has no \(sheet.english) sheet (\(sheet.mongolian), or \(sheet.csvFileName))", at: source)
        }
        return CatalogLayout.sheets.compactMap { sheet in matched[sheet.english].map { (sheet, $0) } }
    }

    /// The layout's column of each header of `table`, by column number; problems of the headers reported.
    private mutating func columns(of table: RawTable, as sheet: CatalogSheet) -> [Int: CatalogColumn] {
        var columns: [Int: CatalogColumn] = [:]
        let used = Set(table.rows.flatMap(\.cells.keys))
        for index in Set(table.headers.keys).union(used).sorted() {
            let header = table.headers[index]?.trimmingCellWhitespace ?? ""
            let location = table.location(row: table.headerRow, column: index)
            guard !header.isEmpty else {
                if used.contains(index) { report(.columnUnknown, "the column has values but no header", at: location) }
                continue
            }
            guard let column = Self.column(headed: header, in: sheet) else {
                let known = sheet.columns.map(\.english).joined(separator: ", ")
                report(.columnUnknown, "'\(header)' is not a column of the \(sheet.english) sheet; its columns are \(known)", at: location)
                continue
            }
            if let earlier = columns.first(where: { $0.value == column }) {
                let first = table.location(row: table.headerRow, column: earlier.key)
                report(.columnDuplicate, "the column \(column.english) (\(column.key)) is given twice, first at \(first)", at: location)
                continue
            }
            columns[index] = column
        }
        for column in sheet.columns where column.isRequired && !columns.values.contains(column) {
            report(
                .columnMissing,
                "the \(sheet.english) sheet has no column \(column.english) (\(column.mongolian), key \(column.key)), which is required",
                at: table.headerLocation)
        }
        return columns
    }

    /// The column headed `header`: by the key in its closing brackets (`GTIN * (gtin)`), or by its
    /// English or Mongolian name or key alone (ignoring case and a required mark `*`).
    static func column(headed header: String, in sheet: CatalogSheet) -> CatalogColumn? {
        if header.hasSuffix(")"), let open = header.lastIndex(of: "(") {
            let key = String(header[header.index(after: open)..<header.index(before: header.endIndex)]).trimmingCellWhitespace
            if let column = sheet.column(key: key) { return column }
        }
        var name = header
        while name.hasSuffix("*") { name = String(name.dropLast()).trimmingCellWhitespace }
        let wanted = name.lowercased()
        return sheet.columns.first { [$0.key, $0.english, $0.mongolian].contains { $0.lowercased() == wanted } }
    }

    // MARK: - Rows

    /// Reads every row of `table` as a value of `sheet`, placed where the sheet's rows go.
    mutating func read(_ table: RawTable, as sheet: CatalogSheet) {
        let columns = columns(of: table, as: sheet)
        if case .catalogue = sheet.placement, table.rows.count != 1 {
            let location = table.rows.count > 1 ? table.location(row: table.rows[1].number, column: 1) : table.location
            let message =
                table.rows.isEmpty
                ? "the \(sheet.english) sheet has no row, so the catalogue is empty: fill in the issuer (exactly one row), then the products with their components and fibres"
                : "the \(sheet.english) sheet has \(table.rows.count) rows; it must have exactly one"
            report(.rowCount, message, at: location)
        }
        for row in table.rows { read(row, of: table, as: sheet, columns: columns) }
    }

    private mutating func read(_ row: RawTable.Row, of table: RawTable, as sheet: CatalogSheet, columns: [Int: CatalogColumn]) {
        let rowLocation = table.location(row: row.number, column: columns.keys.min() ?? 1)
        switch sheet.placement {
        case .catalogue:
            guard root == nil else { return }
            sourceMap.record(JSONPointer(tokens: ["issuer"]), at: rowLocation)
            root = value(of: row, in: table, columns: columns, at: JSONPointer())?.objectValue ?? JSONObject()
        case .list(let key):
            let pointer = JSONPointer(tokens: [key]).appending(lists[key, default: []].count)
            sourceMap.record(pointer, at: rowLocation)
            guard let value = value(of: row, in: table, columns: columns, at: pointer) else { return }
            if key == "products", let sku = value["sku"]?.stringValue {
                if productIndex[sku] != nil {
                    report(
                        .rowDuplicate, "the SKU \(sku) is already a product's", at: location(of: .productKey, in: row, of: table, columns: columns))
                } else {
                    productIndex[sku] = lists[key, default: []].count
                }
            }
            if key == "herderOrganisations", let party = value["party"]?.stringValue {
                if herderIndex[party] != nil {
                    let location = location(of: .value(path: ["party"]), in: row, of: table, columns: columns)
                    report(.rowDuplicate, "the party \(party) is already a herder organisation's", at: location)
                } else {
                    herderIndex[party] = lists[key, default: []].count
                }
            }
            lists[key, default: []].append(value)
        case .productList(let key):
            guard let product = product(of: row, in: table, columns: columns) else { return }
            let index = productLists[product, default: [:]][key, default: []].count
            let pointer = JSONPointer(tokens: ["products", String(product), key]).appending(index)
            sourceMap.record(pointer, at: rowLocation)
            guard let value = value(of: row, in: table, columns: columns, at: pointer) else { return }
            if key == "components", let name = value["name"]?.stringValue {
                if componentIndex[product, default: [:]][name] != nil {
                    let location = location(of: .value(path: ["name"]), in: row, of: table, columns: columns)
                    report(.rowDuplicate, "the product already has a component named '\(name)'", at: location)
                } else {
                    componentIndex[product, default: [:]][name] = index
                }
            }
            productLists[product, default: [:]][key, default: []].append(value)
        case .componentFibres:
            guard let product = product(of: row, in: table, columns: columns),
                let component = parent(.componentKey, of: row, in: table, columns: columns, among: componentIndex[product, default: [:]])
            else { return }
            let index = componentFibres[product, default: [:]][component, default: []].count
            let pointer = JSONPointer(tokens: ["products", String(product), "components", String(component), "fibres"]).appending(index)
            sourceMap.record(pointer, at: rowLocation)
            guard let value = value(of: row, in: table, columns: columns, at: pointer) else { return }
            componentFibres[product, default: [:]][component, default: []].append(value)
        case .productTranslations:
            guard let product = product(of: row, in: table, columns: columns),
                let language = key(.languageKey, of: row, in: table, columns: columns)
            else { return }
            guard translations[product, default: JSONObject()][language] == nil else {
                let location = location(of: .languageKey, in: row, of: table, columns: columns)
                report(.rowDuplicate, "the product already has a translation into '\(language)'", at: location)
                return
            }
            let pointer = JSONPointer(tokens: ["products", String(product), "translations", language])
            sourceMap.record(pointer, at: rowLocation)
            guard let value = value(of: row, in: table, columns: columns, at: pointer) else { return }
            translations[product, default: JSONObject()][language] = value
        case .herderList(let key):
            guard let organisation = parent(.herderKey, of: row, in: table, columns: columns, among: herderIndex) else { return }
            let index = herderLists[organisation, default: [:]][key, default: []].count
            let pointer = JSONPointer(tokens: ["herderOrganisations", String(organisation), key]).appending(index)
            sourceMap.record(pointer, at: rowLocation)
            guard let value = value(of: row, in: table, columns: columns, at: pointer) else { return }
            herderLists[organisation, default: [:]][key, default: []].append(value)
        }
    }

    /// The value of `row`: an object of its value columns' members, or for a sheet whose one value
    /// column has an empty path, that cell's value (`nil` when it is empty or wrong).
    private mutating func value(of row: RawTable.Row, in table: RawTable, columns: [Int: CatalogColumn], at pointer: JSONPointer) -> JSONValue? {
        var object = JSONObject()
        var whole: JSONValue?
        var isWhole = false
        for (index, column) in columns.sorted(by: { $0.key < $1.key }) {
            guard let path = column.path else { continue }
            let location = table.location(row: row.number, column: index)
            sourceMap.record(JSONPointer(tokens: pointer.tokens + path), at: location)
            isWhole = isWhole || path.isEmpty
            guard let cell = row.cells[index] else {
                if path.isEmpty { report(.cellValue, "the cell is empty; \(column.kind.expected)", at: location) }
                continue
            }
            switch CellConversion.json(of: cell, kind: column.kind) {
            case .success(let value) where path.isEmpty: whole = value
            case .success(let value): object.set(value, at: path[...])
            case .failure(let expectation): report(.cellValue, expectation.message, at: location)
            }
        }
        return isWhole ? whole : .object(object)
    }

    /// The index of the product whose SKU `row` names, or `nil` with the problem reported.
    private mutating func product(of row: RawTable.Row, in table: RawTable, columns: [Int: CatalogColumn]) -> Int? {
        parent(.productKey, of: row, in: table, columns: columns, among: productIndex)
    }

    /// The index of the parent row whose key `row` gives in its `role` column, or `nil` with the problem reported.
    private mutating func parent(
        _ role: CatalogColumn.Role, of row: RawTable.Row, in table: RawTable, columns: [Int: CatalogColumn], among parents: [String: Int]
    ) -> Int? {
        guard let key = key(role, of: row, in: table, columns: columns) else { return nil }
        guard let index = parents[key] else {
            let what =
                switch role {
                case .productKey: "the SKU \(key), which no row of Products has"
                case .herderKey: "the herder organisation \(key), which no row of Herder organisations has"
                default: "the component '\(key)', which its product has not"
                }
            report(.rowParent, "the row names \(what)", at: location(of: role, in: row, of: table, columns: columns))
            return nil
        }
        return index
    }

    /// The text of `row`'s `role` column (a parent's key), or `nil` with the problem reported.
    private mutating func key(_ role: CatalogColumn.Role, of row: RawTable.Row, in table: RawTable, columns: [Int: CatalogColumn]) -> String? {
        let index = columns.first { $0.value.role == role }?.key
        guard let index, let cell = row.cells[index], case .success(.string(let key)) = CellConversion.json(of: cell, kind: .text) else {
            let name = columns.first { $0.value.role == role }?.value.english ?? "key"
            report(
                .rowParent, "the row's \(name) cell is empty: it must name the row's parent",
                at: location(of: role, in: row, of: table, columns: columns))
            return nil
        }
        return key.trimmingCellWhitespace
    }

    /// Where `row`'s cell of the column with `role` is (the row's first cell when the column is missing).
    private func location(of role: CatalogColumn.Role, in row: RawTable.Row, of table: RawTable, columns: [Int: CatalogColumn]) -> SourceLocation {
        let index = columns.first { $0.value.role == role }?.key ?? columns.keys.min() ?? 1
        return table.location(row: row.number, column: index)
    }

    private mutating func report(_ rule: CatalogTableRule, _ message: String, at location: SourceLocation) {
        diagnostics.append(.error(rule, message, at: location))
    }

    // MARK: - The catalogue

    /// The catalogue JSON: the Issuer sheet's members, then the lists, each product with its own lists.
    func document() -> JSONValue {
        var catalogue = JSONObject()
        let root = root ?? JSONObject()
        for key in ["$schema", "language"] { if let value = root[key] { catalogue[key] = value } }
        for (key, value) in root where catalogue[key] == nil { catalogue[key] = value }
        for sheet in CatalogLayout.sheets {
            guard case .list(let key) = sheet.placement else { continue }
            let elements =
                switch key {
                case "products": products()
                case "herderOrganisations": herderOrganisations()
                default: lists[key, default: []]
                }
            if !elements.isEmpty || sheet.listIsRequired { catalogue[key] = .array(elements) }
        }
        return .object(catalogue)
    }

    /// The herder organisations, each with its lists (identifiers, herd, monitoring, audits).
    private func herderOrganisations() -> [JSONValue] {
        lists["herderOrganisations", default: []].enumerated().map { organisation, value in
            guard var object = value.objectValue else { return value }
            for sheet in CatalogLayout.sheets {
                guard case .herderList(let key) = sheet.placement, let elements = herderLists[organisation]?[key], !elements.isEmpty else { continue }
                object[key] = .array(elements)
            }
            return .object(object)
        }
    }

    /// The products, each with its components (and their fibres), its other lists and its translations.
    private func products() -> [JSONValue] {
        lists["products", default: []].enumerated().map { product, value in
            guard var object = value.objectValue else { return value }
            for sheet in CatalogLayout.sheets {
                guard case .productList(let key) = sheet.placement else { continue }
                var elements = productLists[product]?[key] ?? []
                if key == "components" {
                    elements = elements.enumerated().map { component, element in
                        guard var members = element.objectValue, let fibres = componentFibres[product]?[component] else { return element }
                        members["fibres"] = .array(fibres)
                        return .object(members)
                    }
                }
                if !elements.isEmpty || sheet.listIsRequired { object[key] = .array(elements) }
            }
            if let texts = translations[product], !texts.isEmpty { object["translations"] = .object(texts) }
            return .object(object)
        }
    }
}
