import CatalogTables
import Diagnostics
import Foundation
import Passport
import Spreadsheets

/// Reading the catalogue the user names: a JSON file (or standard input), an `.xlsx` workbook,
/// or a folder of CSV files (one per sheet of ``CatalogLayout``), all to the same ``Catalog``.
///
/// The problems of a workbook or CSV catalogue, its layout's and the catalogue's own, are
/// located at their cells (`catalogue.xlsx (Products!B7, column "GTIN")`).
public enum CatalogInput {
    /// The catalogue at `path`, or `nil` when it cannot be used, with every problem in `sink`.
    /// Throws ``InputFailure`` when a file cannot be read at all.
    public static func read(_ path: String, sink: DiagnosticSink) throws(InputFailure) -> Catalog? {
        if InputPaths.isFolder(path) { return try readTables(folder: path, sink: sink) }
        let bytes: [UInt8]
        switch InputFile.read(path) {
        case .success(let read): bytes = read
        case .failure(let diagnostic): throw InputFailure(diagnostic)
        }
        guard path.lowercased().hasSuffix(".xlsx") else { return CatalogReader.read(bytes, file: path, sink: sink) }
        do {
            let workbook = try Workbook(bytes: bytes, source: path)
            return read(workbook.sheets.map(RawTable.init(sheet:)), source: path, sink: sink)
        } catch {
            sink.add(error)
            return nil
        }
    }

    /// The catalogue of the CSV files in `folder` (not below it), each named by its sheet.
    private static func readTables(folder: String, sink: DiagnosticSink) throws(InputFailure) -> Catalog? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.lowercased().hasSuffix(".csv") }.sorted()
        var tables: [RawTable] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            switch InputFile.read(path) {
            case .success(let bytes):
                do {
                    tables.append(RawTable(csv: try CSVTable(bytes: bytes, source: path), name: name))
                } catch {
                    sink.add(error)
                }
            case .failure(let diagnostic): throw InputFailure(diagnostic)
            }
        }
        return read(tables, source: folder, sink: sink)
    }

    /// The catalogue of `tables`: the layout's problems, then the catalogue reader's moved to
    /// their cells (less those at a cell the layout already reported).
    private static func read(_ tables: [RawTable], source: String, sink: DiagnosticSink) -> Catalog? {
        let reading = CatalogTableReading(tables: tables, source: SourceLocation(file: source))
        sink.add(contentsOf: reading.diagnostics)
        let reader = DiagnosticSink()
        let catalog = CatalogReader.read(document: reading.document, file: source, sink: reader)
        let reported = Set(reading.diagnostics.map(\.location))
        sink.add(contentsOf: reader.diagnostics.map(reading.sourceMap.relocated).filter { !reported.contains($0.location) })
        return reading.diagnostics.hasErrors ? nil : catalog
    }
}
