import Diagnostics
import Foundation

/// The files a user names: each path as given, or for a folder every matching file below it.
public enum InputPaths {
    /// Every path of `paths`, folders replaced by the files below them with one of `extensions`
    /// (sorted; hidden folders and folders named in `skippingFolders` left out); `-` at most once.
    public static func expand(_ paths: [String], extensions: Set<String>, skippingFolders: Set<String> = []) throws(InputPathError) -> [String] {
        try expand(paths, skippingFolders: skippingFolders) { path in
            path.last?.split(separator: ".").last.map { extensions.contains(String($0)) } ?? false
        }
    }

    /// Every path of `paths`, folders replaced by the files below them whose path inside the
    /// folder, as its components (`["events", "x.jwt"]`), `matches` (sorted; hidden folders and
    /// folders named in `skippingFolders` left out); `-` at most once.
    public static func expand(_ paths: [String], skippingFolders: Set<String> = [], matching matches: ([String]) -> Bool) throws(InputPathError)
        -> [String]
    {
        guard paths.filter({ $0 == "-" }).count <= 1 else { throw InputPathError("standard input (-) can be read only once") }
        var files: [String] = []
        for path in paths { files += try expand(path, skippingFolders: skippingFolders, matching: matches) }
        return files
    }

    /// Whether `path` names a folder (standard input, `-`, never does).
    public static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    private static func expand(_ path: String, skippingFolders: Set<String>, matching matches: ([String]) -> Bool) throws(InputPathError) -> [String]
    {
        guard isFolder(path) else { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: path) else { throw InputPathError("cannot read the folder \(path)") }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let components = relative.split(separator: "/").map(String.init)
            if components.dropLast().contains(where: { skippingFolders.contains($0) || $0.hasPrefix(".") }) { continue }
            if matches(components) {
                files.append((path as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }
}

/// Paths that cannot be used as given: standard input twice, a folder that cannot be listed.
public struct InputPathError: Error, Sendable {
    public let message: String
    init(_ message: String) { self.message = message }
}
