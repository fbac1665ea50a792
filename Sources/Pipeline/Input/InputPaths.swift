import Diagnostics
import Foundation

/// The files a user names: each path as given, or for a folder every matching file below it.
public enum InputPaths {
    /// Every path of `paths`, folders replaced by the files below them with one of `extensions`
    /// (sorted; hidden folders and folders named in `skippingFolders` left out); `-` at most once.
    /// A matching file below a folder that is not a regular file (a named pipe, a device) is
    /// refused, where reading it could wait for ever.
    public static func expand(_ paths: [String], extensions: Set<String>, skippingFolders: Set<String> = []) throws(InputPathError) -> [String] {
        try expand(paths, skippingFolders: skippingFolders) { path in
            path.last?.split(separator: ".").last.map { extensions.contains(String($0)) } ?? false
        }
    }

    /// Every path of `paths`, folders replaced by the files below them whose path inside the
    /// folder, as its components (`["events", "x.jwt"]`), `matches` (sorted; hidden folders and
    /// folders named in `skippingFolders` left out); `-` at most once. A matching file below a
    /// folder that is not a regular file is refused.
    public static func expand(_ paths: [String], skippingFolders: Set<String> = [], matching matches: ([String]) -> Bool) throws(InputPathError)
        -> [String]
    {
        guard paths.filter({ $0 == "-" }).count <= 1 else { throw InputPathError("standard input (-) can be read only once") }
        var files: [String] = []
        let descends = { (name: String) in !skippingFolders.contains(name) && !name.hasPrefix(".") }
        for path in paths { files += try expand(path, descends: descends, matching: matches) }
        return files
    }

    /// The files directly in `folder` whose name `matches`, sorted; one that is not a regular
    /// file is refused, as ``expand(_:skippingFolders:matching:)`` refuses it.
    public static func files(directlyIn folder: String, matching matches: (String) -> Bool) throws(InputPathError) -> [String] {
        try expand(folder, descends: { _ in false }, matching: { $0.count == 1 && matches($0[0]) })
    }

    /// Whether `path` names a folder (standard input, `-`, never does).
    public static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// `path` as given, or for a folder the matching files below it, in the folders `descends` accepts.
    private static func expand(_ path: String, descends: (String) -> Bool, matching matches: ([String]) -> Bool) throws(InputPathError) -> [String] {
        guard isFolder(path) else { return [path] }
        // The folder's path with one slash after it ("/" stays "/").
        var base = path
        while base.hasSuffix("/") { base.removeLast() }
        base += "/"
        var files: [String] = []
        try FolderListing.walk(path, descends: descends) { components, special throws(InputPathError) in
            guard matches(components) else { return }
            let file = base + components.joined(separator: "/")
            if let special {
                throw InputPathError(
                    "\(file) is \(special.rawValue), not a regular file: files in a folder are read only when they are regular files")
            }
            files.append(file)
        }
        return files.sorted()
    }
}

/// Paths that cannot be used as given: standard input twice, a folder that cannot be listed.
public struct InputPathError: Error, Sendable {
    public let message: String
    init(_ message: String) { self.message = message }
}
