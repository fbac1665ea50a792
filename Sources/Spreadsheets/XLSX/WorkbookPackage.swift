import Diagnostics

/// The parts of a workbook's zip container and the relationships between them (Open Packaging
/// Conventions, ECMA-376 Part 2): which part is the workbook, its sheets, strings and styles.
struct WorkbookPackage {
    /// One relationship of a part: its id, type URI and target part.
    struct Relationship {
        let id: String
        let type: String
        /// The target's path in the container, resolved against the part that holds the relationship.
        let path: String
    }

    let archive: ZipArchive
    /// The workbook part's path, such as `xl/workbook.xml`.
    let workbookPath: String

    init(archive: ZipArchive) throws(Diagnostic) {
        self.archive = archive
        let root = try Self.relationships(in: archive, of: "")
        guard let workbook = root.first(where: { $0.type.hasSuffix("/officeDocument") }) else {
            throw ZipArchive.problem(
                .workbookMalformed, "the container has no workbook part (`_rels/.rels` names no officeDocument): not an .xlsx file",
                source: archive.source)
        }
        guard workbook.path.hasSuffix(".xml") else {
            throw ZipArchive.problem(
                .unsupported, "the workbook part is \(workbook.path), not XML: a binary workbook (.xlsb); save it as .xlsx", source: archive.source)
        }
        workbookPath = workbook.path
    }

    /// The relationships of the part at `path`.
    func relationships(of path: String) throws(Diagnostic) -> [Relationship] {
        try Self.relationships(in: archive, of: path)
    }

    /// The path of the first part related to `path` with a type ending in `/typeName`, if any.
    func part(ofType typeName: String, relativeTo path: String) throws(Diagnostic) -> String? {
        try relationships(of: path).first { $0.type.hasSuffix("/" + typeName) }?.path
    }

    /// A reader of the XML part at `path`, which must be in the container.
    func reader(_ path: String) throws(Diagnostic) -> XMLPullReader {
        guard let entry = archive.entry(named: path) else {
            throw ZipArchive.problem(.workbookMalformed, "the workbook names a part the container lacks", source: archive.source, entry: path)
        }
        return try XMLPullReader(bytes: try archive.contents(of: entry), source: archive.source, part: path)
    }

    /// The relationships of the part at `path` (`""` for the package), from its `_rels/*.rels` part; none when it has none.
    private static func relationships(in archive: ZipArchive, of path: String) throws(Diagnostic) -> [Relationship] {
        let folder = Self.folder(of: path)
        let name = String(path.dropFirst(folder.count))
        guard let entry = archive.entry(named: folder + "_rels/" + name + ".rels") else { return [] }
        let reader = try XMLPullReader(bytes: try archive.contents(of: entry), source: archive.source, part: entry.name)
        var relationships: [Relationship] = []
        while let event = try reader.next() {
            guard case .start("Relationship", let attributes, _) = event, attributes["TargetMode"] != "External",
                let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"]
            else { continue }
            relationships.append(Relationship(id: id, type: type, path: resolve(target, in: folder)))
        }
        return relationships
    }

    /// The folder part of `path`, with its final `/` (`xl/` for `xl/workbook.xml`, `""` at the root).
    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// `target` resolved against `folder`: absolute targets from the root, `..` segments removed.
    private static func resolve(_ target: String, in folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        var segments: [Substring] = []
        for segment in joined.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
