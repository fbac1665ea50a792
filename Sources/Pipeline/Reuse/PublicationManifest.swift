import Foundation
import Rendering

/// What a published site says of how its reusable outputs were made: the build of `dpp` that
/// rendered them and, for each output (a passport's folder, a traceability event), the
/// fingerprint of everything it was rendered from, a passport's recorded check
/// (``RecordedVerdict``) and the files it consists of.
///
/// It is published as ``fileName`` at the site's root, one line an output, so that a run over a
/// hundred thousand lots reads and writes it in one pass:
///
///     dpp-publication 2 <renderer>
///     <fingerprint>\t<key>\t<verdict, or - for an event>\t<file>\t<file>...
///
/// Paths are relative to the site root, components joined with `/`.
public struct PublicationManifest: Sendable {
    /// The manifest's file name at the root of a site.
    public static let fileName = "publication-manifest.txt"
    private static let header = "dpp-publication 2 "

    /// One output: the fingerprint of its inputs, a passport's check, and its files.
    struct Output: Sendable, Hashable {
        var fingerprint: String
        var verdict: RecordedVerdict?
        var files: [[String]]
    }

    /// The build of `dpp` that rendered the outputs (``RendererIdentity``).
    var renderer: String
    var outputs: [String: Output] = [:]

    init(renderer: String, outputs: [String: Output] = [:]) {
        self.renderer = renderer
        self.outputs = outputs
    }

    /// The manifest of the site in `folder`, or nil when it has none or one this run cannot read
    /// (then nothing is reused: a damaged manifest costs a full render, never a wrong file).
    init?(site folder: URL) {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(Self.fileName).path),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard let first = lines.popFirst(), first.hasPrefix(Self.header) else { return nil }
        renderer = String(first.dropFirst(Self.header.count))
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 4 else { return nil }
            var verdict: RecordedVerdict?
            if fields[2] != "-" {
                guard let recorded = RecordedVerdict(field: fields[2]) else { return nil }
                verdict = recorded
            }
            let files = fields.dropFirst(3).map { $0.split(separator: "/", omittingEmptySubsequences: false).map(String.init) }
            outputs[String(fields[1])] = Output(fingerprint: String(fields[0]), verdict: verdict, files: files)
        }
    }

    /// Whether `folder` holds a site `dpp generate` published (it has a manifest).
    public static func isPublishedSite(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(fileName).path)
    }

    /// Whether `key` and `files` can be written on a manifest line (no tab, no line break).
    static func canRecord(key: String, files: [[String]]) -> Bool {
        let separators: (Character) -> Bool = { $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return !key.contains(where: separators) && !key.isEmpty && !files.isEmpty
            && files.allSatisfy { path in !path.contains { $0.contains(where: separators) } }
    }

    /// The manifest as its file, outputs in key order.
    var file: SiteFile {
        var text = Self.header + renderer + "\n"
        for key in outputs.keys.sorted() {
            let output = outputs[key]!
            let fields = [output.fingerprint, key, output.verdict?.field ?? "-"] + output.files.map { $0.joined(separator: "/") }
            text += fields.joined(separator: "\t") + "\n"
        }
        return SiteFile(path: [Self.fileName], text: text)
    }
}
