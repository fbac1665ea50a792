import Foundation

/// Swaps two folders in one step, as Linux's `renameat2` with `RENAME_EXCHANGE` does: at every
/// moment each path names one of the two folders, so a server reading one of them never finds it
/// missing.
enum FolderExchange {
    /// What an exchange came to.
    enum Outcome: Equatable {
        /// The two paths now name each other's folder.
        case exchanged
        /// The system or the file system cannot exchange (no `renameat2`, or `EINVAL`/`ENOSYS`/
        /// `ENOTSUP`): nothing changed, and the caller falls back on renames.
        case unsupported
        /// The exchange failed with this `errno`; nothing changed.
        case failed(Int32)
    }

    /// `renameat2(2)`'s `RENAME_EXCHANGE` flag.
    private static let renameExchange: UInt32 = 1 << 1

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2` (2.28 and later), looked up at run time because Swift's Glibc module
    /// does not declare it; `nil` where the C library lacks it.
    private static let renameat2: RenameAt2? = {
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// Exchanges the folders at `first` and `second`, both existing.
    static func exchange(_ first: URL, _ second: URL) -> Outcome {
        guard let renameat2 else { return .unsupported }
        let result = first.path.withCString { from in
            second.path.withCString { to in renameat2(AT_FDCWD, from, AT_FDCWD, to, renameExchange) }
        }
        if result == 0 { return .exchanged }
        let error = errno
        return [EINVAL, ENOSYS, ENOTSUP].contains(error) ? .unsupported : .failed(error)
    }
}
