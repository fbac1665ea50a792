import Foundation

/// A folder of the outside reference material in `../shared/reference/`, read at test time and
/// never copied into the project (its files carry their own licences).
public struct ReferenceFolder: Sendable {
    /// The folder's path below `../shared/reference/`, empty for the whole of it.
    public let name: String

    /// The folder at `name` below `../shared/reference/`, e.g. `gs1/digital-link`.
    public init(_ name: String) {
        self.name = name
    }

    /// The whole of `../shared/reference/`.
    public static let all = ReferenceFolder("")
    /// GS1's EPCIS examples, the OpenEPCIS corpus, Digital Link vectors and the worked cashmere chain.
    public static let gs1 = ReferenceFolder("gs1")
    /// UNTP's artefacts and samples, and tests-untp.
    public static let untp = ReferenceFolder("untp")
    /// The W3C VC-JOSE-COSE specification and test suite (inputs, keys, expected results), and Bitstring Status List.
    public static let w3c = ReferenceFolder("w3c")

    /// Where the folder is.
    public var url: URL { name.isEmpty ? PackageFolders.reference : PackageFolders.reference.appendingPathComponent(name) }

    /// Whether the folder is there.
    public var isPresent: Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// The folder as the messages name it, e.g. `../shared/reference/gs1`.
    var displayName: String { name.isEmpty ? "../shared/reference" : "../shared/reference/" + name }

    /// The standard message of a test skipped for want of this folder: `<folder> is absent: <skipped>`.
    public func absenceMessage(_ skipped: String) -> String { "\(displayName) is absent: \(skipped)" }

    /// The file or folder at `path`, relative to this folder.
    public func file(_ path: String) -> URL { url.appendingPathComponent(path) }

    /// The bytes of the file at `path`, relative to this folder.
    public func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: file(path))) }

    /// The text of the file at `path`, relative to this folder.
    public func text(_ path: String) throws -> String { try String(contentsOf: file(path), encoding: .utf8) }

    /// The files below `folder` (relative to this folder) whose names end in one of `extensions`,
    /// as paths relative to this folder, sorted; with `recursive` false, only those directly in it.
    public func files(in folder: String, extensions: [String], recursive: Bool = true) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: file(folder).path) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            if !recursive && relative.contains("/") { continue }
            if extensions.contains(where: { relative.hasSuffix("." + $0) }) { found.append(folder + "/" + relative) }
        }
        return found.sorted()
    }
}
