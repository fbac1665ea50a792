import Diagnostics
import JSONCore
import Spreadsheets

/// A catalogue JSON as the tables of the layout's sheets: the inverse of ``CatalogTableReading``,
/// which reads the tables back to the same catalogue.
///
/// "The same" is JSON equality (member order aside), with one exception: a list the schema does
/// not require, left empty (`"claims": []`), reads back absent, which the catalogue reader treats
/// alike. Anything else the tables cannot hold is refused with `CATALOG-NOT-TABULAR`.
public struct CatalogTables: Sendable {
    /// One table per sheet of ``CatalogLayout/sheets``, in that order (a sheet with no row has an empty table).
    public let tables: [CatalogTable]

    /// The tables of `catalogue`, read from `file` (for diagnostics), checked by reading them
    /// back; throws every value that cannot be held, located by its JSON Pointer.
    public init(catalogue: JSONValue, file: String) throws(CatalogTablesError) {
        var diagnostics: [Diagnostic] = []
        tables = CatalogLayout.sheets.map { sheet in
            CatalogTable(
                sheet: sheet,
                rows: Self.records(of: sheet, in: catalogue).map { record in
                    sheet.columns.map { column in
                        Self.cell(of: column, in: record) { message, pointer in
                            diagnostics.append(
                                .error(CatalogTableRule.notTabular, message, at: SourceLocation(file: file, pointer: pointer.description)))
                        }
                    }
                })
        }
        if diagnostics.isEmpty {
            let reading = CatalogTableReading(
                tables: tables.map { RawTable(table: $0, language: .english, file: file) }, source: SourceLocation(file: file))
            if let pointer = JSONDifference.first(between: catalogue, and: reading.document) {
                let found = pointer.resolve(in: catalogue).map { "\($0.typeName) here" } ?? "nothing here"
                diagnostics.append(
                    .error(
                        CatalogTableRule.notTabular,
                        "the tables cannot hold the \(found): it is not a member the layout has a column for, or it would read back otherwise",
                        at: SourceLocation(file: file, pointer: pointer.description)))
            }
        }
        guard diagnostics.isEmpty else { throw CatalogTablesError(diagnostics: diagnostics) }
    }

    /// The table of `sheet`.
    public func table(of sheet: CatalogSheet) -> CatalogTable? {
        tables.first { $0.sheet == sheet }
    }

    /// A value a sheet's row is made of: where it is, and the keys of its parents.
    private struct Record {
        let pointer: JSONPointer
        let value: JSONValue
        var keys: [CatalogColumn.Role: String] = [:]
    }

    /// The values of `catalogue` that are rows of `sheet`, in order.
    private static func records(of sheet: CatalogSheet, in catalogue: JSONValue) -> [Record] {
        let root = JSONPointer()
        switch sheet.placement {
        case .catalogue:
            return [Record(pointer: root, value: catalogue)]
        case .list(let key):
            return elements(of: catalogue[key], at: root.appending(key)).map { Record(pointer: $0.pointer, value: $0.value) }
        case .productList(let key):
            return products(of: catalogue).flatMap { product in
                elements(of: product.value[key], at: product.pointer.appending(key)).map {
                    Record(pointer: $0.pointer, value: $0.value, keys: product.keys)
                }
            }
        case .componentFibres:
            return products(of: catalogue).flatMap { product in
                elements(of: product.value["components"], at: product.pointer.appending("components")).flatMap { component in
                    var keys = product.keys
                    keys[.componentKey] = component.value["name"]?.stringValue
                    return elements(of: component.value["fibres"], at: component.pointer.appending("fibres")).map {
                        Record(pointer: $0.pointer, value: $0.value, keys: keys)
                    }
                }
            }
        case .productTranslations:
            return products(of: catalogue).flatMap { product in
                (product.value["translations"]?.objectValue ?? JSONObject()).map { language, text in
                    var keys = product.keys
                    keys[.languageKey] = language
                    return Record(pointer: product.pointer.appending("translations").appending(language), value: text, keys: keys)
                }
            }
        case .herderList(let key):
            let organisations = elements(of: catalogue["herderOrganisations"], at: root.appending("herderOrganisations"))
            return organisations.flatMap { organisation in
                elements(of: organisation.value[key], at: organisation.pointer.appending(key)).map {
                    Record(pointer: $0.pointer, value: $0.value, keys: [.herderKey: organisation.value["party"]?.stringValue ?? ""])
                }
            }
        }
    }

    /// The products, each keyed by its SKU.
    private static func products(of catalogue: JSONValue) -> [Record] {
        elements(of: catalogue["products"], at: JSONPointer(tokens: ["products"])).map { product in
            Record(pointer: product.pointer, value: product.value, keys: [.productKey: product.value["sku"]?.stringValue ?? ""])
        }
    }

    /// The elements of `array`, with their pointers (none when it is not an array).
    private static func elements(of array: JSONValue?, at pointer: JSONPointer) -> [(pointer: JSONPointer, value: JSONValue)] {
        (array?.arrayValue ?? []).enumerated().map { (pointer.appending($0.offset), $0.element) }
    }

    /// The cell of `column` in the row of `record`, `nil` when empty; `refuse` is told what cannot be held.
    private static func cell(of column: CatalogColumn, in record: Record, refuse: (String, JSONPointer) -> Void) -> TableValue? {
        guard let path = column.path else { return record.keys[column.role].map(TableValue.text) }
        let pointer = JSONPointer(tokens: record.pointer.tokens + path)
        guard let value = JSONPointer(tokens: path).resolve(in: record.value) else { return nil }
        switch (column.kind, value) {
        case (.text, .string(let text)): return .text(text)
        case (.number, .number(let number)): return .number(number)
        case (.boolean, .bool(let flag)): return .boolean(flag)
        case (.date, .string(let text)): return date(text).map(TableValue.date) ?? .text(text)
        case (.textList, .array(let items)):
            let texts = items.compactMap(\.stringValue)
            let separator = String(ValueKind.listSeparator)
            guard texts.count == items.count, texts.allSatisfy({ !$0.isEmpty && $0 == $0.trimmingCellWhitespace && !$0.contains(separator) }) else {
                refuse("a list in one cell holds strings without \(separator) and without spaces around them", pointer)
                return nil
            }
            return texts.isEmpty ? nil : .text(texts.joined(separator: separator + " "))
        default:
            refuse("the \(column.english) column (\(column.key)) holds \(column.kind.rawValue), not \(value.typeName)", pointer)
            return nil
        }
    }

    /// The date `text` names, when it is exactly `YYYY-MM-DD` (so that the date cell reads back as the same text).
    private static func date(_ text: String) -> CellDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        let date = CellDate(year: parts[0], month: parts[1], day: parts[2])
        return date.description == text ? date : nil
    }
}

/// The diagnostics of a catalogue the tables cannot hold.
public struct CatalogTablesError: Error, Sendable {
    public let diagnostics: [Diagnostic]
}
