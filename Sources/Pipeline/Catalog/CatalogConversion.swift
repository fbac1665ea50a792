import CatalogTables
import Diagnostics
import Foundation
import JSONCore
import Passport
import Spreadsheets

/// `dpp catalog convert`: a catalogue read in one form (JSON, `.xlsx` workbook, folder of CSV
/// files) and made ready to be written in another, with no loss. JSON is written in
/// ``JSONWriter``'s pretty form, its members in the schema's order (``CatalogMemberOrder``), so
/// that a JSON file written so converts to a workbook and back byte for byte.
public struct CatalogConversion: Sendable {
    /// What is to be written: one file, or the files of a folder by name.
    enum Output: Sendable {
        case file([UInt8])
        case folder([(name: String, bytes: [UInt8])])
    }

    /// The problems of the input (located at its cells or JSON Pointers) and of the writing.
    public let diagnostics: [Diagnostic]
    /// `nil` when the input has errors: then nothing is to be written.
    let output: Output?

    /// Reads the catalogue at `path` (`.json`, `.xlsx` or a folder of CSV files, as
    /// ``CatalogInput`` reads it) and converts it into `form`, headers and sheet names in
    /// `language`; `target` names the output in diagnostics. Throws ``InputFailure`` when a
    /// file cannot be read at all.
    public init(reading path: String, into form: CatalogForm, language: CatalogLanguage, target: String) throws(InputFailure) {
        let sink = DiagnosticSink()
        output = try Self.convert(path, into: form, language: language, target: target, sink: sink)
        diagnostics = sink.diagnostics
    }

    /// Whether the input (or the writing) has an error: then nothing is written.
    public var hasErrors: Bool { output == nil }

    /// Writes the output to `path`: a file replaced whole, or a folder (created when missing)
    /// whose CSV files are each replaced whole; nothing when the input has errors.
    public func write(to path: String) throws(AtomicFile.Failure) {
        switch output {
        case .file(let bytes): try AtomicFile.write(bytes, to: path)
        case .folder(let files):
            if !InputPaths.isFolder(path) {
                do {
                    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
                } catch {
                    throw AtomicFile.Failure(message: "\(path): cannot create the folder: \(error.localizedDescription)")
                }
            }
            for file in files { try AtomicFile.write(file.bytes, to: (path as NSString).appendingPathComponent(file.name)) }
        case nil: return
        }
    }

    /// The output of the catalogue at `path` in `form`, or `nil` with the problems in `sink`.
    private static func convert(_ path: String, into form: CatalogForm, language: CatalogLanguage, target: String, sink: DiagnosticSink)
        throws(InputFailure) -> Output?
    {
        guard let document = try CatalogInput.readDocument(path, sink: sink)?.document, !sink.diagnostics.hasErrors else { return nil }
        if form == .json { return .file(JSONWriter(pretty: true).bytes(CatalogMemberOrder.ordered(document))) }
        let tables: [CatalogTable]
        do {
            tables = try CatalogTables(catalogue: document, file: path).tables
        } catch {
            sink.add(contentsOf: error.diagnostics)
            return nil
        }
        guard form == .workbook else { return .folder(CatalogCSVFiles.files(of: tables, in: language)) }
        do {
            return .file(try WorkbookWriter.bytes(of: CatalogWorkbook.draft(in: language, tables: tables), source: target))
        } catch {
            sink.add(error)
            return nil
        }
    }
}
