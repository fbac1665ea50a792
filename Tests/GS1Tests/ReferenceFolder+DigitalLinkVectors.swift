import TestSupport

extension ReferenceFolder {
    /// GS1's Digital Link test vectors and syntax dictionary (`../shared/reference/gs1/digital-link/`).
    static let digitalLinkVectors = ReferenceFolder("gs1/digital-link")

    /// The rows of a tab-separated file, without comment lines and without its header row.
    func rows(_ name: String) throws -> [[String]] {
        let lines = try text(name).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }
        return lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }
}
