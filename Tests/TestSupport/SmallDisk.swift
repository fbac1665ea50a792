import Foundation

/// A small tmpfs mounted on a folder: a disk that fills up, for the full-disk cases.
public enum SmallDisk {
    /// Whether this process may mount a tmpfs (root, or the capability).
    public static let canMount: Bool = {
        guard let folder = try? TemporaryFolder() else { return false }
        defer { folder.remove() }
        guard (try? mount(at: folder.path(""), size: 65536)) != nil else { return false }
        unmount(folder.path(""))
        return true
    }()

    /// Mounts a tmpfs of `size` bytes on the existing folder `path`; throws with `mount`'s message when it cannot.
    public static func mount(at path: String, size: Int) throws {
        let result = try ChildProcess.run(URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", path])
        guard result.status == 0 else { throw MountFailure(message: result.stderr) }
    }

    /// Unmounts what ``mount(at:size:)`` mounted on `path`.
    public static func unmount(_ path: String) {
        _ = try? ChildProcess.run(URL(fileURLWithPath: "/bin/umount"), [path])
    }

    /// `mount` refused.
    public struct MountFailure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { "mount failed: \(message)" }
    }
}
