import Foundation
import JSONCore
import Passport

/// The migrate stage for passport files: each file read, migrated to the target UNTP version and
/// written below an output folder, at its path below the folder it was found in (a file given
/// by itself at its name).
public struct MigrationRun: Sendable {
    public let migration: PassportMigration
    /// The folder the migrated passports are written into.
    public let output: String

    public init(migration: PassportMigration, output: String) {
        self.migration = migration
        self.output = output
    }

    /// One file to migrate and where its migration is written.
    public struct Item: Sendable, Equatable {
        public let input: String
        public let output: String
    }

    /// The passport files below `paths` (as ``PassportValidation/passportFiles(_:)`` finds them),
    /// each with its place in the output folder; two inputs may not share a place, and no input
    /// may be its own place (what is not carried over would be lost with the file it came from).
    public func items(_ paths: [String]) throws(InputPathError) -> [Item] {
        var items: [Item] = []
        for path in paths {
            guard path != "-" else { throw InputPathError("migrate reads files and folders, not standard input") }
            let folder = InputPaths.isFolder(path) ? path : nil
            for file in try PassportValidation.passportFiles([path]) {
                let relative = folder.map { String(file.dropFirst(($0 as NSString).appendingPathComponent("").count)) }
                let place = (output as NSString).appendingPathComponent(relative ?? (file as NSString).lastPathComponent)
                guard Self.resolved(place) != Self.resolved(file) else {
                    throw InputPathError(
                        "\(file) would be written over by its migrated form (--out is the folder it is read from), losing what is not carried over; give another --out folder"
                    )
                }
                guard !items.contains(where: { $0.output == place }) else {
                    throw InputPathError("\(file) and \(items.first { $0.output == place }!.input) would both be written to \(place)")
                }
                items.append(Item(input: file, output: place))
            }
        }
        return items
    }

    /// `path` made absolute, `.` and `..` taken out and symbolic links followed as far as they exist.
    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Migrates every item, in order, writing each migrated passport (folders made as needed);
    /// the report lists each input with what could not be carried over.
    public func run(_ items: [Item]) throws(AtomicFile.Failure) -> ValidationReport {
        var verdicts: [ValidationReport.FileVerdict] = []
        for item in items {
            switch JSONInput.read(item.input) {
            case .failure(let diagnostic): verdicts.append(.init(path: item.input, diagnostics: [diagnostic]))
            case .success(let document):
                let outcome = migration.migrate(document, file: item.input)
                if let migrated = outcome.document {
                    let folder = (item.output as NSString).deletingLastPathComponent
                    do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                        throw AtomicFile.Failure(message: "\(folder): cannot make the folder: \(error.localizedDescription)")
                    }
                    try AtomicFile.write(JSONWriter(pretty: true).bytes(migrated), to: item.output)
                }
                verdicts.append(.init(path: item.input, diagnostics: outcome.diagnostics))
            }
        }
        return ValidationReport(files: verdicts, wording: .migration)
    }
}
