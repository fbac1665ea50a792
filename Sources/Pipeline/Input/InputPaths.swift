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
        // The folder's path with one slash after it ("/" stays "/").
        var base = path
        while base.hasSuffix("/") { base.removeLast() }
        base += "/"
        var files: [String] = []
        let descends = { (name: String) in !skippingFolders.contains(name) && !name.hasPrefix(".") }
        try FolderListing.walk(path, descends: descends) { components in
            if matches(components) { files.append(base + components.joined(separator: "/")) }
        }
        return files.sorted()
    }
}

/// Paths that cannot be used as given: standard input twice, a folder that cannot be listed.
public struct InputPathError: Error, Sendable {
    public let message: String
    init(_ message: String) { self.message = message }
}
