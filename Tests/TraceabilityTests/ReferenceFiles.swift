import Foundation

/// The outside reference material (`../shared/reference/gs1/`), read at test time, never copied.
enum ReferenceFiles {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/reference/gs1/` next to the package.
    static let gs1 = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/reference/gs1")

    /// Whether the GS1 reference folder is there.
    static var available: Bool { FileManager.default.fileExists(atPath: gs1.path) }

    /// The files under `folder` (relative to the GS1 folder) whose names end in one of `extensions`, sorted.
    static func files(in folder: String, extensions: [String], recursive: Bool = true) -> [String] {
        let base = gs1.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if !recursive && relative.contains("/") { continue }
            if extensions.contains(where: { relative.hasSuffix("." + $0) }) { result.append(folder + "/" + relative) }
        }
        return result.sorted()
    }

    /// The bytes of `path` relative to the GS1 folder.
    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: gs1.appendingPathComponent(path)))
    }
}
