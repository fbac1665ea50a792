import Foundation

/// Reads the GS1 Digital Link test vectors of `../shared/reference/gs1/digital-link/` at test time.
enum ReferenceVectors {
    /// The package root, from this file's place in it.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The folder of GS1 Digital Link reference files.
    static let folder = packageRoot.appendingPathComponent("../shared/reference/gs1/digital-link").standardizedFileURL

    /// Whether the reference folder is there (it is outside the project, and absent in some checkouts).
    static var available: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("dl-uri-validation-table.tsv").path)
    }

    /// The rows of a tab-separated file, without comment lines and without its header row.
    static func rows(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }
        return lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The text of a reference file.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
}
