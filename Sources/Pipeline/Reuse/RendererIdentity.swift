import Credentials
import Foundation

/// The build of `dpp` running: the SHA-256 of its executable's path, size, modification time and
/// inode (hashed, so that the published manifest does not show where the tool is installed).
///
/// Outputs rendered by another build are never reused: a new build may render a page
/// differently. Rebuilding or reinstalling changes the identity; the check costs one `stat`.
enum RendererIdentity {
    /// The identity of the running executable, or nil when it cannot be found (nothing is reused then).
    static let current: String? = {
        let path = "/proc/self/exe"
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { return nil }
        var status = stat()
        guard stat(executable, &status) == 0 else { return nil }
        let modified = "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        let identity = "\(executable) \(status.st_size) \(modified) \(status.st_ino)"
        return (try? DigestAlgorithm.sha256.hash(Array(identity.utf8)))?.map { String(format: "%02x", $0) }.joined()
    }()
}
