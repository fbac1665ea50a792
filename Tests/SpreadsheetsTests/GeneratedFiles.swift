import Foundation
import TestSupport

/// The workbooks, containers and CSV files `Support/write_workbooks.py` writes (openpyxl,
/// Python's zipfile and csv), written once per test run, with what the writer says they hold.
///
/// They go to `.build/spreadsheets-test-files/`, emptied at each run, rather than to a temporary
/// folder: a suite-wide folder has no test to remove it, and this one is replaced, not left behind.
enum GeneratedFiles {
    /// Why the files could not be written.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The folder of the files and the bytes of `expected.json`; written on first use.
    static let written: Result<(folder: URL, expected: Data), Failure> = {
        do {
            let folder = PackageFolders.root.appendingPathComponent(".build/spreadsheets-test-files")
            try? FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let script = PackageFolders.root.appendingPathComponent("Tests/SpreadsheetsTests/Support/write_workbooks.py").path
            let result = try OutsideTool.run("python3", [script, folder.path])
            guard result.status == 0 else { return .failure(Failure(description: "write_workbooks.py failed: \(result.stderr)")) }
            return .success((folder, try Data(contentsOf: folder.appendingPathComponent("expected.json"))))
        } catch {
            return .failure(Failure(description: "\(error)"))
        }
    }()

    /// The generated file `name`.
    static func file(_ name: String) throws -> URL { try written.get().folder.appendingPathComponent(name) }

    /// `expected.json`'s member `name`.
    static func expected(_ name: String) throws -> Any? {
        let object = try JSONSerialization.jsonObject(with: try written.get().expected) as? [String: Any]
        return object?[name]
    }

    /// The bytes of the generated file `name`.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: try file(name)))
    }

    /// Whether Python with openpyxl can write the files.
    static let openpyxlIsInstalled: Bool = {
        (try? OutsideTool.run("python3", ["-c", "import openpyxl"]).status) == 0
    }()
}
