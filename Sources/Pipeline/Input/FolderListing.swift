#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files below a folder, read with `opendir` and `readdir` (Foundation's enumerator makes
/// objects for every entry, which a folder of ten thousand passports feels).
enum FolderListing {
    /// Calls `visit` with the path inside `folder`, as components, of everything below it that is
    /// not a folder (files, and symbolic links, which are not followed to descend), and what it
    /// is (``SpecialFile``, `nil` for a regular file or what cannot be told), descending into the
    /// folders whose name `descends` accepts.
    ///
    /// - Throws: ``InputPathError`` naming the first folder that cannot be read.
    static func walk(_ folder: String, descends: (String) -> Bool, _ visit: ([String], SpecialFile?) throws(InputPathError) -> Void)
        throws(InputPathError)
    {
        try walk(folder, inside: [], descends: descends, visit)
    }

    private static func walk(
        _ folder: String, inside: [String], descends: (String) -> Bool, _ visit: ([String], SpecialFile?) throws(InputPathError) -> Void
    ) throws(InputPathError) {
        guard let directory = opendir(folder) else { throw cannotRead(folder) }
        defer { closedir(directory) }
        var folders: [String] = []
        // `readdir` answers nil both at the end and on a failure, which only `errno` tells apart.
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                guard errno == 0 else { throw cannotRead(folder) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
            guard name != ".", name != ".." else { continue }
            if isFolder(entry.pointee.d_type, path: folder + "/" + name) {
                if descends(name) { folders.append(name) }
            } else {
                try visit(inside + [name], SpecialFile(type: entry.pointee.d_type, path: folder + "/" + name))
            }
        }
        for name in folders { try walk(folder + "/" + name, inside: inside + [name], descends: descends, visit) }
    }

    /// The error for `folder`, with the reason `errno` gives.
    private static func cannotRead(_ folder: String) -> InputPathError {
        InputPathError("cannot read the folder \(folder): \(String(cString: strerror(errno)))")
    }

    /// Whether the entry of type `type` at `path` is a folder itself (not a link to one); asks
    /// the file system when the listing does not say.
    private static func isFolder(_ type: UInt8, path: String) -> Bool {
        switch Int32(type) {
        case Int32(DT_DIR): return true
        case Int32(DT_UNKNOWN):
            var status = stat()
            return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
        default: return false
        }
    }
}

/// A file below a folder that is not a regular file, so that reading it may wait for ever (a
/// named pipe no program writes to, a terminal) or fail: a walk's caller refuses it.
enum SpecialFile: String {
    case namedPipe = "a named pipe"
    case socket = "a socket"
    case characterDevice = "a character device"
    case blockDevice = "a block device"

    /// What the entry of type `type` at `path` is, a symbolic link followed (the file system
    /// asked when the listing does not say); `nil` for a regular file, and for a link to nothing,
    /// which opening it reports.
    init?(type: UInt8, path: String) {
        var mode: mode_t
        switch Int32(type) {
        case Int32(DT_REG): return nil
        case Int32(DT_FIFO): mode = S_IFIFO
        case Int32(DT_SOCK): mode = S_IFSOCK
        case Int32(DT_CHR): mode = S_IFCHR
        case Int32(DT_BLK): mode = S_IFBLK
        default:
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            mode = status.st_mode & S_IFMT
        }
        switch mode {
        case S_IFIFO: self = .namedPipe
        case S_IFSOCK: self = .socket
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        default: return nil
        }
    }
}
