/// A URL prefix and the local folder that holds what is published below it: `--resolve URL=DIR`,
/// or a site folder whose base URL was read from a passport in it.
public struct URLMapping: Sendable, Hashable, CustomStringConvertible {
    /// The URL prefix, without a trailing `/`.
    public let prefix: String
    /// The folder the prefix stands for.
    public let folder: String

    /// The mapping of `prefix` (a trailing `/` is dropped) to `folder`.
    public init(prefix: String, folder: String) {
        var prefix = prefix
        while prefix.hasSuffix("/") { prefix.removeLast() }
        self.prefix = prefix
        self.folder = folder
    }

    /// The mapping a `--resolve URL=DIR` option gives.
    /// - Throws: ``VerificationSetupError`` unless it is an `http(s)` URL, `=`, and a folder.
    public init(option: String) throws(VerificationSetupError) {
        guard let equals = option.firstIndex(of: "=") else {
            throw VerificationSetupError("--resolve \(option): give URL=DIR, a URL prefix and the folder that holds what is published below it")
        }
        let url = String(option[..<equals]), folder = String(option[option.index(after: equals)...])
        guard url.hasPrefix("https://") || url.hasPrefix("http://"), url.utf8.count > "https://".utf8.count else {
            throw VerificationSetupError("--resolve \(option): \(url) is not an http or https URL")
        }
        guard !folder.isEmpty else { throw VerificationSetupError("--resolve \(option): no folder after =") }
        self.init(prefix: url, folder: folder)
    }

    /// The path of the file `url` names below the folder, or `nil` when `url` is not below the
    /// prefix or would leave the folder (an empty, `.` or `..` segment, a query).
    ///
    /// A fragment is dropped: `…/revocation.jwt#12` is the file `…/revocation.jwt`.
    public func path(of url: String) -> String? {
        let resource = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard resource.hasPrefix(prefix), !resource.contains("?") else { return nil }
        let rest = resource.dropFirst(prefix.count)
        guard rest.first == "/" else { return nil }
        let segments = rest.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        guard segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") }) else { return nil }
        return ([folder] + segments.map(String.init)).joined(separator: "/")
    }

    public var description: String { "\(prefix)=\(folder)" }
}
