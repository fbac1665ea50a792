import Foundation
import JSONCore

/// Where schemas referenced by URI come from: never the network, only what the caller adds.
///
/// The JSON Schema 2020-12 meta-schemas are always present. Add single documents, files,
/// folders, or map a URL prefix to a folder so that `http://localhost:1234/a/b.json` is read
/// from `folder/a/b.json` when a schema refers to it.
public struct SchemaRegistry: Sendable {
    private var documents: [String: JSONValue] = [:]
    private var prefixes: [(prefix: String, folder: URL)] = []
    private let parser: JSONParser

    /// A registry with the embedded meta-schemas only.
    public init(parser: JSONParser = JSONParser()) {
        self.parser = parser
    }

    /// Adds `document` under `uri` (any fragment is ignored).
    public mutating func add(_ document: JSONValue, uri: String) {
        documents[SchemaURI.splitFragment(uri).base] = document
    }

    /// Reads the schema at `file` and adds it under its `$id`, or under `uri`, or its file URL.
    public mutating func add(file: URL, uri: String? = nil) throws(SchemaCompileError) {
        let document = try Self.read(file, parser: parser)
        let id = document["$id"]?.stringValue.map { SchemaURI.resolve($0, against: file.absoluteString) }
        add(document, uri: uri ?? id ?? file.absoluteString)
    }

    /// Adds every `.json` file under `folder` (recursively), each under its `$id` or its file URL.
    public mutating func add(folder: URL) throws(SchemaCompileError) {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        let files = (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "json" }
        for file in files.sorted(by: { $0.path < $1.path }) { try add(file: file) }
    }

    /// Makes every URI that starts with `prefix` read from `folder` plus the rest of the URI's path.
    public mutating func map(prefix: String, to folder: URL) {
        prefixes.append((prefix, folder))
        prefixes.sort { $0.prefix.count > $1.prefix.count }
    }

    /// The document for `uri` (without fragment), or `nil` when the registry has none.
    func document(for uri: String) throws(SchemaCompileError) -> JSONValue? {
        if let document = documents[uri] { return document }
        if let text = MetaSchemas.documents[uri] {
            do { return try parser.parse(text) } catch { throw SchemaCompileError(.unreadableDocument, at: uri, "embedded meta-schema: \(error)") }
        }
        for (prefix, folder) in prefixes where uri.hasPrefix(prefix) {
            let relative = String(uri.dropFirst(prefix.count))
            guard !relative.split(separator: "/").contains("..") else { continue }
            let file = folder.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            return try Self.read(file, parser: parser)
        }
        return nil
    }

    private static func read(_ file: URL, parser: JSONParser) throws(SchemaCompileError) -> JSONValue {
        let data: Data
        do { data = try Data(contentsOf: file) } catch {
            throw SchemaCompileError(.unreadableDocument, at: file.path, "cannot read the file: \(error.localizedDescription)")
        }
        do { return try parser.parse(data) } catch {
            throw SchemaCompileError(.unreadableDocument, at: file.path, "not valid JSON: \(error)")
        }
    }
}
