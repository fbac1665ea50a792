import CatalogTables
import Diagnostics
import Foundation
import JSONCore
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
        try readDocument(path, sink: sink)?.catalog
    }

    /// The catalogue at `path` as its JSON document (for tables, the JSON they stand for) and
    /// as read, or `nil` when it cannot be used, with every problem in `sink`. Throws
    /// ``InputFailure`` when a file cannot be read at all.
    public static func readDocument(_ path: String, sink: DiagnosticSink) throws(InputFailure) -> (document: JSONValue, catalog: Catalog)? {
        guard isTables(path) else {
            switch JSONInput.parse(try bytes(of: path), file: path) {
            case .success(let document): return CatalogReader.read(document: document, file: path, sink: sink).map { (document, $0) }
            case .failure(let diagnostic):
                sink.add(diagnostic)
                return nil
            }
        }
        guard let reading = try readTables(path, sink: sink) else { return nil }
        sink.add(contentsOf: reading.diagnostics)
        let reader = DiagnosticSink()
        let catalog = CatalogReader.read(document: reading.document, file: path, sink: reader)
        // The catalogue reader's problems at their cells, less those at a cell the layout already reported.
        let reported = Set(reading.diagnostics.map(\.location))
        sink.add(contentsOf: reader.diagnostics.map(reading.sourceMap.relocated).filter { !reported.contains($0.location) })
        guard !reading.diagnostics.hasErrors, let catalog else { return nil }
        return (reading.document, catalog)
    }

    /// Whether `path` names the catalogue as tables (an `.xlsx` workbook or a folder of CSV files), not as JSON.
    public static func isTables(_ path: String) -> Bool {
        InputPaths.isFolder(path) || path.lowercased().hasSuffix(".xlsx")
    }

    /// The catalogue JSON of the workbook or folder of CSV files at `path`, with where each value
    /// came from and the layout's problems (not yet in `sink`); `nil` when the workbook or a CSV
    /// file cannot be read as one, with the problem in `sink`.
    public static func readTables(_ path: String, sink: DiagnosticSink) throws(InputFailure) -> CatalogTableReading? {
        var tables: [RawTable] = []
        if InputPaths.isFolder(path) {
            for file in try csvFiles(in: path) {
                let name = (file as NSString).lastPathComponent
                let bytes = try bytes(of: file)
                do {
                    tables.append(RawTable(csv: try CSVTable(bytes: bytes, source: file), name: name))
                } catch {
                    sink.add(error)
                    return nil
                }
            }
        } else {
            let bytes = try bytes(of: path)
            do {
                tables = try Workbook(bytes: bytes, source: path).sheets.map(RawTable.init(sheet:))
            } catch {
                sink.add(error)
                return nil
            }
        }
        return CatalogTableReading(tables: tables, source: SourceLocation(file: path))
    }

    /// The `.csv` files directly in `folder`, sorted; a folder that cannot be listed, or a
    /// `.csv` entry that is not a regular file (a named pipe would be waited on), is thrown as
    /// ``InputFailure``.
    private static func csvFiles(in folder: String) throws(InputFailure) -> [String] {
        do {
            return try InputPaths.files(directlyIn: folder) { $0.lowercased().hasSuffix(".csv") }
        } catch {
            throw InputFailure(.error(InputRule.unreadable, error.message, at: SourceLocation(file: folder)))
        }
    }

    /// The bytes of `file`; a file that cannot be read at all is thrown as ``InputFailure``.
    private static func bytes(of file: String) throws(InputFailure) -> [UInt8] {
        switch InputFile.read(file) {
        case .success(let bytes): return bytes
        case .failure(let diagnostic): throw InputFailure(diagnostic)
        }
    }
}
