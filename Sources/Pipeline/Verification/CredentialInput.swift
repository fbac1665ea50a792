import Credentials
import Diagnostics
import Passport

/// One secured credential to verify: a file, or a line of standard input.
public struct CredentialInput: Sendable {
    /// The name the report gives it: the file's path, or `-:LINE` for a line of standard input.
    public let name: String
    /// Where its diagnostics point.
    public let location: SourceLocation
    private let content: Content

    private enum Content: Sendable {
        /// A file, read when the credential is verified.
        case file
        /// Bytes already read (a line of standard input).
        case bytes([UInt8])
        /// Nothing could be read, for this reason.
        case unreadable(Diagnostic)
    }

    /// The name of the files a folder's passports are in: a site's `passport.jwt`, not its status list.
    public static let fileName = "passport.jwt"

    /// The credentials `paths` name: each file as given, every `passport.jwt`, every
    /// traceability event credential (`events/<name>.jwt`) and every facility record
    /// (`facilities/<gln>.jwt`) below each folder (hidden folders
    /// left out), and each non-empty line of standard input for `-`.
    /// - Throws: ``InputPathError`` for `-` given twice, a folder that cannot be listed, or one
    ///   without a `passport.jwt` (an unsigned site would otherwise pass with nothing verified).
    public static func inputs(_ paths: [String]) throws(InputPathError) -> [CredentialInput] {
        let files = try InputPaths.expand(paths, matching: isCredential)
        for folder in paths where InputPaths.isFolder(folder) {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            guard files.contains(where: { $0.hasPrefix(prefix) && $0.hasSuffix("/" + fileName) }) else {
                throw InputPathError("\(folder) holds no \(fileName): give a site signed with dpp generate --key, or the .jwt files")
            }
        }
        return files.flatMap { path in
            path == "-" ? standardInputLines() : [CredentialInput(name: path, location: SourceLocation(file: path), content: .file)]
        }
    }

    /// Whether the file at `path` (its components below a folder given) is a site's signed
    /// passport, signed traceability event or signed facility record.
    private static func isCredential(_ path: [String]) -> Bool {
        guard let name = path.last else { return false }
        let folder = path.dropLast().last
        return name == fileName || ([TraceabilityEventPath.folder, FacilityRecordLinks.folder].contains(folder) && name.hasSuffix(".jwt"))
    }

    /// The bytes to verify, or why they cannot be read: a file is read now, at most ``JWS/maximumSize`` of it.
    func bytes() -> Result<[UInt8], Diagnostic> {
        switch content {
        case .file: InputFile.read(name, limit: JWS.maximumSize)
        case .bytes(let bytes): .success(bytes)
        case .unreadable(let diagnostic): .failure(diagnostic)
        }
    }

    /// One input per non-empty line of standard input, or one unreadable input saying why there is none.
    private static func standardInputLines() -> [CredentialInput] {
        let location = SourceLocation(file: "-")
        let bytes: [UInt8]
        switch InputFile.read("-") {
        case .success(let read): bytes = read
        case .failure(let diagnostic): return [CredentialInput(name: "-", location: location, content: .unreadable(diagnostic))]
        }
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated().compactMap { number, line in
            CredentialVerifier.trimmed(line).isEmpty
                ? nil
                : CredentialInput(
                    name: "-:\(number + 1)", location: SourceLocation(file: "-", line: number + 1), content: .bytes(Array(line)))
        }
        guard lines.isEmpty else { return lines }
        let empty = Diagnostic.error(InputRule.unreadable, "standard input holds no JWT", at: location)
        return [CredentialInput(name: "-", location: location, content: .unreadable(empty))]
    }
}
