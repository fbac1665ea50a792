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
        if path == "-" { return .success(Array(FileHandle.standardInput.readDataToEndOfFile())) }
        let location = SourceLocation(file: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .failure(.error("INPUT-UNREADABLE", "no such file", at: location))
        }
        guard !isFolder.boolValue else { return .failure(.error("INPUT-UNREADABLE", "is a folder, not a file", at: location)) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.error("INPUT-UNREADABLE", "cannot open the file (permissions?)", at: location))
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maximumSize + 1) ?? Data() else {
            return .failure(.error("INPUT-UNREADABLE", "cannot read the file", at: location))
        }
        guard data.count <= maximumSize else {
            return .failure(.error("INPUT-TOO-LARGE", "larger than \(maximumSize >> 20) MiB", at: location))
        }
        return .success(Array(data))
    }
}
