import Diagnostics

/// Reads what a URL names from local folders, never from the network: the DID documents and
/// status lists a credential points to.
///
/// The mapping with the longest prefix that holds the URL wins; of two with the same prefix, the
/// first (`--resolve` options come before the site folders inferred from the inputs).
public struct LocalResolver: Sendable {
    /// A local file that a URL named.
    public struct ResolvedFile: Sendable {
        /// Where the file is.
        public let path: String
        /// What it holds.
        public let bytes: [UInt8]
    }

    /// Why a URL could not be read; the caller says which rule that breaks.
    public struct Miss: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The mappings, in order of preference for equal prefixes.
    public let mappings: [URLMapping]

    public init(mappings: [URLMapping]) {
        self.mappings = mappings
    }

    /// The local path of `url`, or `nil` when no mapping holds it.
    public func path(of url: String) -> String? {
        var best: (length: Int, path: String)?
        for mapping in mappings where mapping.prefix.utf8.count > best?.length ?? -1 {
            if let path = mapping.path(of: url) { best = (mapping.prefix.utf8.count, path) }
        }
        return best?.path
    }

    /// The bytes `url` names, at most `limit` of them.
    public func read(_ url: String, limit: Int) -> Result<ResolvedFile, Miss> {
        guard let path = path(of: url) else {
            return .failure(Miss(description: "it is in no site folder or --resolve mapping, and nothing is fetched from the network"))
        }
        switch InputFile.read(path, limit: limit) {
        case .success(let bytes): return .success(ResolvedFile(path: path, bytes: bytes))
        case .failure(let diagnostic): return .failure(Miss(description: "it maps to \(path): \(diagnostic.message)"))
        }
    }
}
