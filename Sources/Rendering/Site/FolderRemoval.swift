import Spooling

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes a folder and everything in it, one open folder per level: memory grows with the
/// folder's depth, not with the number of its files (Foundation's `FileManager.removeItem` held
/// an entry per file, 22 MB of heap for the previous site of 10,002 lots, 290,000 files).
/// Symbolic links are removed, never followed; nothing outside the folder is touched.
enum FolderRemoval {
    /// How often a folder is emptied again when files appear in it while it is removed.
    private static let attempts = 3

    /// Removes what is at `path`: a folder with everything in it, a file or a symbolic link;
    /// nothing when nothing is there. The folders in a folder are removed `parallel.workers` at
    /// once (a site's passports and its events, each a folder of a hundred thousand files).
    ///
    /// - Throws: ``SiteStaging/Failure`` naming the first file or folder that could not be
    ///   removed, and why; what was removed before it stays removed.
    static func remove(_ path: String, parallel: ParallelLoop = .sequential) throws(SiteStaging.Failure) {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return }
            throw failure(path)
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            if parallel.workers > 1 { removeSubfolders(of: path, parallel: parallel) }
            // What the workers left (every file, and any folder one of them failed on) is
            // removed here, and the first failure reported.
            try removeFolder(path, in: AT_FDCWD, path: path)
        } else if unlink(path) != 0 && errno != ENOENT {
            throw failure(path)
        }
    }

    /// Removes the folders in the folder at `path`, `parallel.workers` at once, as far as each
    /// can be removed: a failure leaves the rest of that folder for the removal that follows.
    private static func removeSubfolders(of path: String, parallel: ParallelLoop) {
        let folders = subfolderPaths(of: path)
        parallel.run(folders.count) { index in try? removeFolder(folders[index], in: AT_FDCWD, path: folders[index]) }
    }

    /// The paths of the folders in the folder at `path` (never symbolic links); none when it
    /// cannot be read.
    private static func subfolderPaths(of path: String) -> [String] {
        guard let stream = opendir(path) else { return [] }
        defer { closedir(stream) }
        var paths: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name != "." && name != ".." else { continue }
            var status = stat()
            let type = entry.pointee.d_type
            let isFolder =
                type == UInt8(DT_UNKNOWN)
                ? lstat(path + "/" + name, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR : type == UInt8(DT_DIR)
            if isFolder { paths.append(path + "/" + name) }
        }
        return paths
    }

    /// Removes the folder `name` of the open folder `parent` (`AT_FDCWD` for a path), whose path
    /// is `path`, with everything in it.
    private static func removeFolder(_ name: UnsafePointer<CChar>, in parent: Int32, path: String) throws(SiteStaging.Failure) {
        for _ in 0..<attempts {
            let folder = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard folder >= 0 else {
                if errno == ENOENT { return }
                throw failure(path)
            }
            try removeContents(of: folder, path: path)
            if unlinkat(parent, name, AT_REMOVEDIR) == 0 || errno == ENOENT { return }
            guard errno == ENOTEMPTY else { throw failure(path) }
        }
        throw failure(path)
    }

    /// Removes everything in the open folder `folder` (at `path`), then closes it.
    private static func removeContents(of folder: Int32, path: String) throws(SiteStaging.Failure) {
        guard let stream = fdopendir(folder) else {
            close(folder)
            throw failure(path)
        }
        defer { closedir(stream) }
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { throw failure(path) }
                return
            }
            try withUnsafePointer(to: &entry.pointee.d_name) { (name: UnsafePointer<_>) throws(SiteStaging.Failure) in
                try name.withMemoryRebound(to: CChar.self, capacity: 256) { (name: UnsafePointer<CChar>) throws(SiteStaging.Failure) in
                    try removeEntry(name, type: entry.pointee.d_type, in: folder, path: path)
                }
            }
        }
    }

    /// Removes the entry `name` of type `type` (as `readdir(3)` gives it) of the open folder
    /// `folder` at `path`.
    private static func removeEntry(_ name: UnsafePointer<CChar>, type: UInt8, in folder: Int32, path: String) throws(SiteStaging.Failure) {
        let isDot = name[0] == 0x2E && (name[1] == 0 || (name[1] == 0x2E && name[2] == 0))
        guard !isDot else { return }
        var isFolder = type == UInt8(DT_DIR)
        if type == UInt8(DT_UNKNOWN) {
            var status = stat()
            guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else {
                if errno == ENOENT { return }
                throw failure(path + "/" + String(cString: name))
            }
            isFolder = status.st_mode & S_IFMT == S_IFDIR
        }
        if isFolder {
            try removeFolder(name, in: folder, path: path + "/" + String(cString: name))
        } else if unlinkat(folder, name, 0) != 0 && errno != ENOENT {
            throw failure(path + "/" + String(cString: name))
        }
    }

    /// The failure to remove `path`, with the reason `errno` gives.
    private static func failure(_ path: String) -> SiteStaging.Failure {
        SiteStaging.Failure(message: "cannot remove \(path): \(String(cString: strerror(errno)))")
    }
}
