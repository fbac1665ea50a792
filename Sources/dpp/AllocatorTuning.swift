import Foundation

/// glibc's per-thread cache of freed memory blocks, raised for `dpp`'s work by running it again
/// with a `GLIBC_TUNABLES` setting, which glibc reads only when a program starts.
///
/// Checking or publishing a passport makes and frees some 800 small blocks (its texts, lists and
/// records). glibc keeps 7 freed blocks of a size for the thread to reuse; the rest go to its
/// shared bins, which it sorts and merges again whenever a larger block is asked for, so the next
/// passport's blocks come the slow way. With 256 kept a size, `dpp validate` and `dpp generate`
/// take measurably less time for the same peak memory (BENCHMARKS.md has the figures).
///
/// A `GLIBC_TUNABLES` already in the environment, even empty, is the user's choice and is left
/// alone (`GLIBC_TUNABLES= dpp ...` runs without the setting); so is a program run with raised
/// privileges, whose tunables glibc ignores. When `dpp` cannot be run again it goes on as it is.
enum AllocatorTuning {
    /// The environment variable glibc reads its tunables from.
    static let variable = "GLIBC_TUNABLES"
    /// The setting: freed blocks the thread keeps of each size.
    static let setting = "glibc.malloc.tcache_count=256"

    /// Runs this program again, with the same arguments and the setting added to its environment,
    /// unless the environment already has tunables or the program runs with raised privileges;
    /// returns only when it does not (or cannot) run again.
    static func runAgainTunedIfUntuned() {
        guard getenv(variable) == nil, !runsWithRaisedPrivileges else { return }
        // The program's own file, by its path (executing `/proc/self/exe` itself would start
        // whatever a tool running dpp, such as valgrind, has there instead).
        var path = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &path, Int(PATH_MAX))
        guard length > 0 else { return }
        path[length] = 0
        guard setenv(variable, setting, 1) == 0 else { return }
        execv(path, CommandLine.unsafeArgv)
        // Still here: the program could not be run again; it goes on untuned.
        unsetenv(variable)
    }

    /// Whether the kernel started the program in secure mode (`AT_SECURE` in its auxiliary vector:
    /// set-user-ID, set-group-ID or file capabilities), where glibc ignores or erases tunables;
    /// also when that cannot be read, so that the program never runs itself again and again.
    private static var runsWithRaisedPrivileges: Bool {
        guard let vector = FileManager.default.contents(atPath: "/proc/self/auxv") else { return true }
        let secure: UInt64 = 23  // AT_SECURE
        return vector.withUnsafeBytes { bytes in
            stride(from: 0, to: bytes.count - 15, by: 16).contains { offset in
                bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == secure
                    && bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self) != 0
            }
        }
    }

    /// What `dpp version` says of the setting in this run.
    static var description: String {
        guard let value = getenv(variable).map({ String(cString: $0) }) else { return "allocator: glibc defaults" }
        return value.split(separator: ":").contains(Substring(setting))
            ? "allocator: glibc keeps 256 freed blocks of a size per thread (\(variable)=\(value))"
            : "allocator: as \(variable) sets it ('\(value)')"
    }
}
