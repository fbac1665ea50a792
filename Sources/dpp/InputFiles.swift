import Diagnostics
import Foundation

/// Reading the files a user names: `-` is standard input, folders are walked.
enum InputFiles {
    /// The largest input file read (bigger ones are refused with a diagnostic).
    static let maximumSize = 512 << 20

    /// `path` itself, or for a folder every file below it with one of `extensions`, sorted.
    static func expand(_ path: String, extensions: Set<String>, skippingFolders: Set<String> = []) throws(UsageError) -> [String] {
        var isFolder: ObjCBool = false
        guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            return [path]
        }
        guard let walker = FileManager.default.enumerator(atPath: path) else { throw UsageError("cannot read the folder \(path)") }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let components = relative.split(separator: "/").map(String.init)
            if components.dropLast().contains(where: { skippingFolders.contains($0) || $0.hasPrefix(".") }) { continue }
            if let ext = components.last?.split(separator: ".").last, extensions.contains(String(ext)) {
                files.append((path as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    /// The bytes of `path` (standard input for `-`), or a diagnostic saying why not.
    static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
        let file: OpenFile
        switch OpenFile.open(path) {
        case .success(let opened): file = opened
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        let location = SourceLocation(file: path)
        var bytes: [UInt8] = []
        if let size = file.size { bytes.reserveCapacity(min(size, maximumSize) + 1) }
        var piece = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= maximumSize {
            do {
                let count = try piece.withUnsafeMutableBytes { try file.read(into: $0) }
                if count == 0 { return .success(bytes) }
                bytes += piece[..<count]
            } catch {
                return .failure(.error("INPUT-UNREADABLE", "cannot read the file: \(error)", at: location))
            }
        }
        return .failure(.error("INPUT-TOO-LARGE", "larger than \(maximumSize >> 20) MiB", at: location))
    }
}
