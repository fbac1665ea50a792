import Foundation
import Rendering

/// What a published site says of how its reusable outputs were made: the build of `dpp` that
/// rendered them and, for each output (a passport's folder, a traceability event), the
/// fingerprint of everything it was rendered from, most often the fingerprint of what its
/// document was made from too, a passport's recorded check (``RecordedVerdict``) and the files
/// it consists of.
///
/// It is published as ``fileName`` at the site's root, one line an output, so that a run over a
/// hundred thousand lots writes it in one pass and reads it a line at a time (``PublishedOutputs``):
///
///     dpp-publication 3 <renderer>
///     <fingerprint>[ <inputs' fingerprint>]\t<key>\t<verdict, or - for an event>\t<file>\t<file>...
///
/// Paths are relative to the site root, components joined with `/`.
public enum PublicationManifest {
    /// The manifest's file name at the root of a site.
    public static let fileName = "publication-manifest.txt"
    private static let header = "dpp-publication 3 "

    /// One output: the fingerprint of what it was rendered from, a passport's check, and its files.
    struct Output: Sendable, Hashable {
        /// The fingerprint of what its files are made from (for a passport or event, its document).
        var fingerprint: OutputFingerprint
        /// The fingerprint of what that is made from (for an event, the event's content, the
        /// catalogue, the site and the key; for a passport, its lot, the events of its trace and
        /// the rest ``OutputReuse/passportInputFingerprint(lot:serials:traced:graph:status:catalogFingerprint:baseURL:version:signingKey:labels:producedCount:)``
        /// names), when it can be reused without making it; nil otherwise.
        var inputFingerprint: OutputFingerprint?
        var verdict: RecordedVerdict?
        /// The files as the manifest writes them, one string: paths joined with tabs, each path's
        /// components with `/`.
        private(set) var fileList: String

        init(fingerprint: OutputFingerprint, inputFingerprint: OutputFingerprint? = nil, verdict: RecordedVerdict?, files: [[String]]) {
            self.init(
                fingerprint: fingerprint, inputFingerprint: inputFingerprint, verdict: verdict,
                fileList: files.map { $0.joined(separator: "/") }.joined(separator: "\t"))
        }

        /// The output whose files are `fileList`, as ``fileList`` writes them.
        fileprivate init(fingerprint: OutputFingerprint, inputFingerprint: OutputFingerprint?, verdict: RecordedVerdict?, fileList: String) {
            self.fingerprint = fingerprint
            self.inputFingerprint = inputFingerprint
            self.verdict = verdict
            self.fileList = fileList
        }

        /// The files, each a path below the site root, its components joined with `/`.
        var filePaths: [Substring] { fileList.split(separator: "\t", omittingEmptySubsequences: false) }
    }

    /// The build of `dpp` that rendered the outputs of a manifest whose first line is `line`,
    /// or nil when that is not the header of this version.
    static func renderer(ofHeader line: UnsafeBufferPointer<UInt8>.SubSequence) -> String? {
        guard let header = String(validating: line, as: UTF8.self), header.hasPrefix(Self.header) else { return nil }
        return String(header.dropFirst(Self.header.count))
    }

    /// The key and output of a line after the header, or nil when it is not one: not UTF-8, fewer
    /// than four fields, a fingerprint that is not 64 lowercase hexadecimal digits, more than two
    /// fingerprints, a verdict that does not read or a file path that could leave the site (an
    /// empty, `.` or `..` component, or a NUL byte).
    static func output(_ line: UnsafeBufferPointer<UInt8>.SubSequence) -> (String, Output)? {
        // The fingerprint, the key, the verdict, and the files as one field.
        let fields = line.split(separator: UInt8(ascii: "\t"), maxSplits: 3, omittingEmptySubsequences: false)
        let fingerprints = (fields.first?.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false) ?? []).map {
            OutputFingerprint(hexadecimal: $0)
        }
        guard fields.count == 4, (1...2).contains(fingerprints.count), !fingerprints.contains(nil), let fingerprint = fingerprints[0],
            staysInTheSite(fields[3]), let key = String(validating: fields[1], as: UTF8.self),
            let fileList = String(validating: fields[3], as: UTF8.self)
        else { return nil }
        var verdict: RecordedVerdict?
        if !fields[2].elementsEqual("-".utf8) {
            guard let field = String(validating: fields[2], as: UTF8.self), let recorded = RecordedVerdict(field: Substring(field)) else {
                return nil
            }
            verdict = recorded
        }
        let inputFingerprint = fingerprints.count == 2 ? fingerprints[1] : nil
        return (key, Output(fingerprint: fingerprint, inputFingerprint: inputFingerprint, verdict: verdict, fileList: fileList))
    }

    /// The bytes of the key of a line after the header (its second field), without the line
    /// being read further; nil when it has fewer than three fields. A line ``output(_:)`` reads
    /// has this key.
    static func keyField(of line: UnsafeBufferPointer<UInt8>.SubSequence) -> UnsafeBufferPointer<UInt8>.SubSequence? {
        guard let fingerprintsEnd = line.firstIndex(of: UInt8(ascii: "\t")),
            let keyEnd = line[(fingerprintsEnd + 1)...].firstIndex(of: UInt8(ascii: "\t"))
        else { return nil }
        return line[(fingerprintsEnd + 1)..<keyEnd]
    }

    /// Whether every path of the manifest field `fileList` (paths separated by tabs, their
    /// components by `/`) stays in the site: no component empty, `.` or `..`, and no NUL byte.
    private static func staysInTheSite(_ fileList: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        fileList.split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "/") }
            .allSatisfy(SiteStaging.isSafe(component:))
    }

    /// Whether `folder` holds a site `dpp generate` published (it has a manifest).
    public static func isPublishedSite(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(fileName).path)
    }

    /// Whether `key` and `files` can be written on a manifest line (no tab, no line break).
    ///
    /// Read as bytes: a carriage return and line feed together are one `Character`, equal to
    /// neither alone.
    static func canRecord(key: String, files: [[String]]) -> Bool {
        let separators: (UInt8) -> Bool = { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        return !key.utf8.contains(where: separators) && !key.isEmpty && !files.isEmpty
            && files.allSatisfy { path in !path.contains { $0.utf8.contains(where: separators) } }
    }

    /// The first line of the manifest of outputs rendered by `renderer`, with its line break.
    static func headerLine(renderer: String) -> [UInt8] {
        Array((Self.header + renderer + "\n").utf8)
    }

    /// Appends the line of `output`, whose key is `key`, with its line break, to `bytes`.
    static func appendLine(key: String, output: Output, to bytes: inout [UInt8]) {
        bytes += output.fingerprint.hexadecimal.utf8
        if let inputFingerprint = output.inputFingerprint {
            bytes.append(UInt8(ascii: " "))
            bytes += inputFingerprint.hexadecimal.utf8
        }
        bytes.append(UInt8(ascii: "\t"))
        bytes += key.utf8
        bytes.append(UInt8(ascii: "\t"))
        bytes += (output.verdict?.field ?? "-").utf8
        bytes.append(UInt8(ascii: "\t"))
        bytes += output.fileList.utf8
        bytes.append(UInt8(ascii: "\n"))
    }
}
