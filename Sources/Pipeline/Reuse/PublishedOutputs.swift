import Foundation
import Spooling

/// The outputs the manifests of published sites list, found by key without the manifests held:
/// each manifest is read through once to be checked whole (a damaged one gives nothing, see
/// ``PublicationManifest/output(_:)``) and once more to place its keys; a look-up reads its
/// output's line again.
///
/// Memory holds a key and 16 bytes an output, where the outputs read whole took 40 MB at 10,000
/// lots and would grow to 400 MB at a programme's 100,000. Used from several threads.
final class PublishedOutputs: Sendable {
    /// An output of a published site: its manifest line, as read and as written, and the path of
    /// the site it is in.
    struct Output: Sendable {
        var output: PublicationManifest.Output
        /// The line's bytes, without its line break: what a run that reuses the output as it was
        /// records again, without writing it anew.
        var line: [UInt8]
        var sitePath: String
    }

    /// Where an output's line is: the place in its site's manifest, and which site (in this
    /// order, 16 bytes: the place's 12 and the site's 4).
    private struct Entry: Sendable {
        var place: ManifestFile.Place
        var site: Int32
    }

    private let manifests: [(file: ManifestFile, sitePath: String)]
    private let entries: ByteKeyedTable<Entry>

    /// The outputs of the sites in `sites` whose manifest is one of outputs rendered by
    /// `renderer` (``RendererIdentity``); an output in several is taken from the first.
    init(sites: [URL], renderer: String) {
        var manifests: [(file: ManifestFile, sitePath: String)] = []
        var entries = ByteKeyedTable<Entry>()
        for site in sites {
            guard let file = ManifestFile(path: site.appendingPathComponent(PublicationManifest.fileName).path),
                Self.isWhole(file, renderer: renderer)
            else { continue }
            let number = Int32(manifests.count)
            var isHeader = true
            // A manifest changed since it was checked keeps what was placed: a look-up checks its line again.
            _ = file.forEachLine { line, place in
                defer { isHeader = false }
                guard !isHeader else { return true }
                guard let key = PublicationManifest.keyField(of: line) else { return false }
                _ = entries.index(storing: UnsafeBufferPointer(rebasing: key), initial: Entry(place: place, site: number))
                return true
            }
            manifests.append((file, site.path))
        }
        self.manifests = manifests
        self.entries = entries
    }

    /// Whether every line of `file` reads: the header of outputs rendered by `renderer`, then outputs.
    private static func isWhole(_ file: ManifestFile, renderer: String) -> Bool {
        var isHeader = true
        return file.forEachLine { line, _ in
            defer { isHeader = false }
            return isHeader ? PublicationManifest.renderer(ofHeader: line) == renderer : PublicationManifest.output(line) != nil
        }
    }

    /// How many outputs were found.
    var count: Int { entries.count }

    /// The output whose key is `key`, or nil when no manifest lists it (or its line no longer reads).
    func output(_ key: String) -> Output? {
        var key = key
        guard let entry = key.withUTF8({ entries.value(for: $0) }) else { return nil }
        let manifest = manifests[Int(entry.site)]
        guard let line = manifest.file.line(at: entry.place),
            let (lineKey, output) = line.withUnsafeBufferPointer({ PublicationManifest.output($0[...]) }), lineKey == key
        else { return nil }
        return Output(output: output, line: line, sitePath: manifest.sitePath)
    }
}
