import Foundation

/// Writes a ``Site`` into an output folder atomically: a run that fails or is killed leaves
/// the previous folder as it was, and nothing is ever written outside the folder.
public enum SitePublisher {
    /// Why a site could not be published.
    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Replaces `folder` with the files of `site`.
    ///
    /// The site is written into a sibling staging folder first, then swapped in with renames;
    /// the previous folder is removed only after the swap.
    public static func publish(_ site: Site, to folder: URL) throws(Failure) {
        let fileManager = FileManager.default
        let target = folder.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).staging-\(getpid())")
        let previous = parent.appendingPathComponent(".\(target.lastPathComponent).previous-\(getpid())")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try recoverFromInterruptedRun(of: target)
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            for file in site.files {
                try validate(file.path)
                let url = file.path.reduce(staging) { $0.appendingPathComponent($1) }
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
            var isFolder: ObjCBool = false
            let exists = fileManager.fileExists(atPath: target.path, isDirectory: &isFolder)
            if exists && !isFolder.boolValue {
                throw Failure(message: "\(target.path) exists and is not a folder")
            }
            if exists { try fileManager.moveItem(at: target, to: previous) }
            do {
                try fileManager.moveItem(at: staging, to: target)
            } catch {
                if exists { try? fileManager.moveItem(at: previous, to: target) }
                throw error
            }
            if exists { try? fileManager.removeItem(at: previous) }
        } catch let failure as Failure {
            try? fileManager.removeItem(at: staging)
            throw failure
        } catch {
            try? fileManager.removeItem(at: staging)
            throw Failure(message: "cannot write \(target.path): \(error.localizedDescription)")
        }
    }

    /// Cleans up after a run that was killed while publishing: a staging folder is removed; a
    /// previous site that was moved aside but not replaced is moved back.
    private static func recoverFromInterruptedRun(of target: URL) throws {
        let fileManager = FileManager.default
        let parent = target.deletingLastPathComponent()
        let siblings = (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in siblings.sorted() where name.hasPrefix(".\(target.lastPathComponent).staging-") {
            try fileManager.removeItem(at: parent.appendingPathComponent(name))
        }
        let previous = siblings.filter { $0.hasPrefix(".\(target.lastPathComponent).previous-") }.sorted()
        if let last = previous.last, !fileManager.fileExists(atPath: target.path) {
            try fileManager.moveItem(at: parent.appendingPathComponent(last), to: target)
        }
        for name in previous.dropLast() {
            try fileManager.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// Refuses a path component that could leave the folder (defence in depth behind GS1's
    /// safe publishing paths).
    private static func validate(_ path: [String]) throws(Failure) {
        guard !path.isEmpty else { throw Failure(message: "a site file has an empty path") }
        for component in path {
            if component.isEmpty || component == "." || component == ".." || component.contains("/") || component.contains("\0") {
                throw Failure(message: "refusing the unsafe path component '\(component)'")
            }
        }
    }
}
