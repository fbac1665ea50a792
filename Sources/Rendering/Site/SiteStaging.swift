import Foundation
import Spooling
import Synchronization

/// A site being published: files are written into a staging folder beside the output folder as
/// they are rendered, then swapped in at once.
///
/// A run that fails (``discard()``, or the staging dropped without ``commit()``) or is killed
/// leaves the previous folder as it was; the next run cleans up what a killed one left. Nothing
/// is ever written outside the staging folder. Files may be written from several threads.
public final class SiteStaging: Sendable {
    /// Why a site could not be published.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }

        public init(message: String) { self.message = message }
    }

    /// The folder the site replaces.
    public let target: URL
    private let staging: URL
    private let previous: URL
    /// The paths of `target` and `staging`, worked out once: a `URL`'s path is made again on each call.
    private let targetPath: String
    private let stagingPath: String
    /// How a folder's folders are removed at once (the previous site after the swap).
    private let removal: ParallelLoop
    private let state = Mutex(State())

    private struct State {
        /// The folders made in the staging folder, each as its path below it, components joined with `/`.
        var createdFolders: Set<String> = []
        var isFinished = false
    }

    /// Which existing folder a publication may replace.
    public enum Replacing: Sendable {
        /// A folder that is missing or empty, or that holds a file or folder named `marker` at
        /// its top (and, when `names` is given, nothing else there but those names): what the
        /// same command published there before. Any other folder (a user's own, `--out .` by
        /// mistake, another command's output) is refused, not emptied.
        case previousOutput(marker: String, names: Set<String>? = nil)
        /// Any folder, whatever it holds.
        case anyFolder
    }

    /// Starts publishing into `folder`, when `replacing` lets the folder be replaced: recovers
    /// from an interrupted run, then creates a fresh staging folder. Folders are removed (what a
    /// killed run left, the previous site after the swap) `removal.workers` folders at once.
    public init(publishing folder: URL, replacing: Replacing, removal: ParallelLoop = .sequential) throws(Failure) {
        let fileManager = FileManager.default
        target = folder.standardizedFileURL
        try Self.checkReplaceable(target, replacing)
        let parent = target.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(target.lastPathComponent).staging-\(getpid())")
        previous = parent.appendingPathComponent(".\(target.lastPathComponent).previous-\(getpid())")
        targetPath = target.path
        stagingPath = staging.path
        self.removal = removal
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try Self.recoverFromInterruptedRun(of: target, removal: removal)
            try? FolderRemoval.remove(stagingPath, parallel: removal)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch let failure as Failure {
            throw Failure(message: "cannot prepare \(target.path): \(failure.message)")
        } catch {
            throw Failure(message: "cannot prepare \(target.path): \(error.localizedDescription)")
        }
    }

    deinit {
        if !state.withLock(\.isFinished) { try? FolderRemoval.remove(stagingPath, parallel: removal) }
    }

    /// Writes `file` into the staging folder; a later file at the same path replaces the earlier one.
    ///
    /// Files are written with plain `write(2)` calls, not synced one by one: the file system is
    /// synced once, before the swap (``commit()``).
    public func write(_ file: SiteFile) throws(Failure) {
        try write(file.path, pieces: CollectionOfOne(file.bytes))
    }

    /// Writes the file at `sitePath` whose bytes are `pieces` one after the other, each asked for
    /// only when the one before is written: a large file (a site's manifest) is never held whole.
    public func write(_ sitePath: [String], pieces: some Sequence<[UInt8]>) throws(Failure) {
        try Self.validate(sitePath)
        let path = try prepare(sitePath.joined(separator: "/"))
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
        var descriptor = open(path, flags, 0o644)
        if descriptor < 0 && errno == EEXIST {
            // A file staged earlier, perhaps a link to the published site's: replace it, never write through it.
            unlink(path)
            descriptor = open(path, flags, 0o644)
        }
        guard descriptor >= 0 else { throw writeFailure(sitePath, errno) }
        var failure: Int32?
        for piece in pieces where failure == nil {
            piece.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += written
                }
            }
        }
        if close(descriptor) != 0 && failure == nil { failure = errno }
        if let failure { throw writeFailure(sitePath, failure) }
    }

    private func writeFailure(_ path: [String], _ error: Int32) -> Failure {
        Failure(message: "cannot write \(path.joined(separator: "/")) into \(stagingPath): \(String(cString: strerror(error)))")
    }

    /// Stages the file at `relativePath` (its components joined with `/`) of the site published
    /// in the folder at `sitePath` (the target folder by default) as it is, as a hard link (a copy
    /// where the file system refuses links); false when that site has no such regular file. The
    /// file is an earlier run's: nothing is read or rendered again.
    public func reuse(_ relativePath: String, from sitePath: String? = nil) throws(Failure) -> Bool {
        try Self.validate(relativePath)
        let destination = try prepare(relativePath)
        let source = (sitePath ?? targetPath) + "/" + relativePath
        // Only a regular file is reused: never a symbolic link someone put into the published folder.
        var status = stat()
        guard lstat(source, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
        if link(source, destination) != 0 {
            guard errno == EXDEV || errno == EPERM || errno == EMLINK else {
                if errno == ENOENT { return false }
                throw Failure(message: "cannot link \(source) into \(stagingPath): \(String(cString: strerror(errno)))")
            }
            do {
                try FileManager.default.copyItem(atPath: source, toPath: destination)
            } catch {
                throw Failure(message: "cannot copy \(source) into \(stagingPath): \(error.localizedDescription)")
            }
        }
        return true
    }

    /// Stages `file` as a hard link to the published site's file at the same path when that file
    /// holds the same bytes, and writes it otherwise: for the files every run renders again (the
    /// index, the resolver's linksets, the facility records), so that an unchanged one costs
    /// neither a new file now nor freeing its blocks when the previous site is removed.
    public func writeUnlessUnchanged(_ file: SiteFile) throws(Failure) {
        try Self.validate(file.path)
        let relativePath = file.path.joined(separator: "/")
        if Self.holds(targetPath + "/" + relativePath, file.bytes), try reuse(relativePath) { return }
        try write(file)
    }

    /// Whether the regular file at `path` holds exactly `bytes`.
    private static func holds(_ path: String, _ bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size == bytes.count else { return false }
        var contents = [UInt8](repeating: 0, count: bytes.count + 1)
        var count = 0
        while count < contents.count {
            let read = contents.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else { break }
            count += read
        }
        return count == bytes.count && contents.prefix(count).elementsEqual(bytes)
    }

    /// The staging file path of `relativePath` (checked, its components joined with `/`), with its
    /// folder created: each missing folder with one `mkdir(2)`, parents first, remembered so that
    /// no folder is made twice.
    private func prepare(_ relativePath: String) throws(Failure) -> String {
        let path = stagingPath + "/" + relativePath
        guard let slash = relativePath.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        let folder = String(relativePath[..<slash])
        guard !state.withLock({ $0.createdFolders.contains(folder) }) else { return path }
        var ends = folder.utf8.indices.filter { folder.utf8[$0] == UInt8(ascii: "/") }
        ends.append(folder.endIndex)
        for end in ends {
            let prefix = String(folder[..<end])
            guard !state.withLock({ $0.createdFolders.contains(prefix) }) else { continue }
            // Another thread may have made it since: that folder is as good.
            guard mkdir(stagingPath + "/" + prefix, 0o755) == 0 || errno == EEXIST else {
                throw Failure(message: "cannot write \(relativePath) into \(stagingPath): \(String(cString: strerror(errno)))")
            }
            state.withLock { _ = $0.createdFolders.insert(prefix) }
        }
        return path
    }

    /// Swaps the staged site in for the target folder in one step (``FolderExchange``), so the
    /// target path names the previous site or the new one at every moment; the previous site,
    /// left at the staging path, is removed after. Where the file system cannot exchange, the
    /// previous site is moved aside and the new one moved in (two renames, with a moment between
    /// them when the target is missing), the previous site moved back if the second fails.
    public func commit() throws(Failure) {
        let fileManager = FileManager.default
        defer { finish() }
        try syncStagedFiles()
        do {
            var isFolder: ObjCBool = false
            let exists = fileManager.fileExists(atPath: target.path, isDirectory: &isFolder)
            if exists && !isFolder.boolValue {
                throw Failure(message: "\(target.path) exists and is not a folder")
            }
            guard exists else {
                try fileManager.moveItem(at: staging, to: target)
                return
            }
            switch FolderExchange.exchange(staging, target) {
            case .exchanged:
                // The staging path now holds the previous site; a kill while it is removed leaves a
                // staging folder, which the next run removes.
                return
            case .failed(let error):
                throw Failure(message: "cannot swap the new site in for \(target.path): \(String(cString: strerror(error)))")
            case .unsupported:
                try fileManager.moveItem(at: target, to: previous)
                do {
                    try fileManager.moveItem(at: staging, to: target)
                } catch {
                    try? fileManager.moveItem(at: previous, to: target)
                    throw error
                }
                try? FolderRemoval.remove(previous.path, parallel: removal)
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(message: "cannot write \(target.path): \(error.localizedDescription)")
        }
    }

    /// Syncs the file system the staging folder is on, so that the staged files are on disk
    /// before the site is swapped in: one sync, rather than one per file. A write the disk
    /// refuses only now (a full disk found at write-back) is reported here, before the swap.
    private func syncStagedFiles() throws(Failure) {
        let folder = open(staging.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { throw Failure(message: "cannot open \(staging.path): \(String(cString: strerror(errno)))") }
        defer { close(folder) }
        guard Self.syncFileSystem(folder) == 0 else {
            throw Failure(message: "cannot write the site in \(staging.path) to disk: \(String(cString: strerror(errno)))")
        }
    }

    /// `syncfs(2)`, which Swift's Glibc module does not declare, looked up once; `sync(2)` (every
    /// file system) where the C library lacks it.
    private static let syncFileSystem: @Sendable (Int32) -> Int32 = {
        typealias SyncFS = @convention(c) (Int32) -> Int32
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "syncfs") else {
            return { _ in
                sync()
                return 0
            }
        }
        let syncfs = unsafeBitCast(symbol, to: SyncFS.self)
        return { syncfs($0) }
    }()

    /// Drops everything staged; the target folder stays as it was.
    public func discard() { finish() }

    private func finish() {
        state.withLock { $0.isFinished = true }
        try? FolderRemoval.remove(stagingPath, parallel: removal)
    }

    /// Refuses a `target` that is not a folder (a link to one is followed, as the swap's check
    /// follows it), or a folder `replacing` does not let a publication replace, before any work
    /// is staged for it.
    private static func checkReplaceable(_ target: URL, _ replacing: Replacing) throws(Failure) {
        var status = stat()
        guard stat(target.path, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw Failure(message: "\(target.path) exists and is not a folder") }
        guard case .previousOutput(let marker, let names) = replacing else { return }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
        guard !entries.isEmpty else { return }
        let others = names.map { names in entries.filter { !names.contains($0) }.sorted() } ?? []
        guard entries.contains(marker), others.isEmpty else {
            let holding =
                entries.contains(marker)
                ? "it also holds \(others.prefix(3).joined(separator: ", ")), which this command does not write"
                : "it holds \(entries.count) entries and no \(marker)"
            throw Failure(
                message: "\(target.path) is not a folder this command published (\(holding)): "
                    + "publishing would replace everything in it; give a new or empty folder, or remove this one first")
        }
    }

    /// Cleans up after runs that were killed while publishing: the staging folders of processes
    /// that no longer run are removed (a staging folder may hold a new site not swapped in yet, or
    /// a previous site being removed after the swap); a previous site that was moved aside but not
    /// replaced (the fallback's two renames) is moved back, and every other one removed.
    private static func recoverFromInterruptedRun(of target: URL, removal: ParallelLoop) throws {
        let fileManager = FileManager.default
        let parent = target.deletingLastPathComponent()
        let siblings = (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []
        let stagingPrefix = ".\(target.lastPathComponent).staging-"
        for name in siblings.sorted() where name.hasPrefix(stagingPrefix) {
            if let pid = Int32(name.dropFirst(stagingPrefix.count)), pid != getpid(), isRunning(pid) { continue }
            try FolderRemoval.remove(parent.appendingPathComponent(name).path, parallel: removal)
        }
        var previous = siblings.filter { $0.hasPrefix(".\(target.lastPathComponent).previous-") }.sorted()
        if let last = previous.last, !fileManager.fileExists(atPath: target.path) {
            try fileManager.moveItem(at: parent.appendingPathComponent(last), to: target)
            previous.removeLast()
        }
        for name in previous {
            try FolderRemoval.remove(parent.appendingPathComponent(name).path, parallel: removal)
        }
    }

    /// Whether a process `pid` exists (another run publishing the same folder at this moment).
    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// Refuses a path component that could leave the folder (defence in depth behind GS1's
    /// safe publishing paths).
    private static func validate(_ path: [String]) throws(Failure) {
        guard !path.isEmpty else { throw Failure(message: "a site file has an empty path") }
        for component in path where !isSafe(component: component.utf8) {
            throw Failure(message: "refusing the unsafe path component '\(component)'")
        }
    }

    /// Refuses a path (components joined with `/`) with a component that could leave the folder.
    private static func validate(_ relativePath: String) throws(Failure) {
        guard !relativePath.isEmpty else { throw Failure(message: "a site file has an empty path") }
        for component in relativePath.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        where !isSafe(component: component) {
            throw Failure(message: "refusing the unsafe path component '\(String(decoding: component, as: UTF8.self))'")
        }
    }

    /// Whether `component` (UTF-8) can name a file or folder inside the site: not empty, `.` or
    /// `..`, and without `/` or NUL. Byte by byte: `contains` of a string goes through
    /// Foundation's search, 5,000 instructions a component, for 28 files a lot. Inlinable, so that
    /// a caller in another module (the manifest's reader) gets it specialized for its bytes:
    /// unspecialized, each byte went through generic metadata, a fifth of an unchanged run.
    @inlinable public static func isSafe(component: some Collection<UInt8>) -> Bool {
        !component.isEmpty && !component.elementsEqual(".".utf8) && !component.elementsEqual("..".utf8)
            && !component.contains { $0 == UInt8(ascii: "/") || $0 == 0 }
    }
}
