import Credentials
import Foundation

/// The build of `dpp` running: the SHA-256 of its executable file.
///
/// Outputs rendered by another build are never reused: a new build may render a page
/// differently. The same executable copied to several machines has the same identity, so the
/// shards of a programme rendered there can be merged without rendering anything again.
enum RendererIdentity {
    /// The identity of the running executable, or nil when it cannot be read (nothing is reused then).
    static let current: String? = DigestAlgorithm.sha256.hash(contentsOf: "/proc/self/exe").map(Hexadecimal.encode)
}
