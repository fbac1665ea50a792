import Foundation
import TestSupport

/// The workbooks, containers and CSV files `Support/write_workbooks.py` writes (openpyxl,
/// Python's zipfile and csv), written once per test run, with what the writer says they hold.
enum GeneratedFiles {
    /// Why the files could not be written.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The folder of the files and the bytes of `expected.json`; written on first use.
    static let written: Result<(folder: TemporaryFolder, expected: Data), Failure> = {
        do {
            let folder = try TemporaryFolder()
            let script = PackageFolders.root.appendingPathComponent("Tests/SpreadsheetsTests/Support/write_workbooks.py").path
            let result = try OutsideTool.run("python3", [script, folder.url.path])
            guard result.status == 0 else { return .failure(Failure(description: "write_workbooks.py failed: \(result.stderr)")) }
            return .success((folder, try Data(contentsOf: folder.file("expected.json"))))
        } catch {
            return .failure(Failure(description: "\(error)"))
        }
    }()

    /// The folder the files are in.
    static func folder() throws -> TemporaryFolder { try written.get().folder }

    /// `expected.json`'s member `name`.
    static func expected(_ name: String) throws -> Any? {
        let object = try JSONSerialization.jsonObject(with: try written.get().expected) as? [String: Any]
        return object?[name]
    }

    /// The bytes of the generated file `name`.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: try folder().file(name)))
    }

    /// Whether Python with openpyxl can write the files.
    static let openpyxlIsInstalled: Bool = {
        (try? OutsideTool.run("python3", ["-c", "import openpyxl"]).status) == 0
    }()
}
