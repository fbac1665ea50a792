/// The limits a zip container is read within, so that a zip bomb is refused before it is inflated.
///
/// Sizes are checked twice: the sizes the central directory declares before anything is
/// inflated, and the bytes inflation really produces, which never pass what was declared.
public struct ZipLimits: Sendable, Hashable {
    /// The most entries a container may hold.
    public var entries: Int
    /// The most bytes all entries may inflate to together.
    public var totalUncompressedBytes: Int
    /// The highest ratio of uncompressed to compressed size an entry may have, once it is larger than `ratioThresholdBytes`.
    public var compressionRatio: Int
    /// Entries that inflate to no more than this are never refused for their ratio (small XML compresses well).
    public var ratioThresholdBytes: Int

    public init(entries: Int, totalUncompressedBytes: Int, compressionRatio: Int, ratioThresholdBytes: Int) {
        self.entries = entries
        self.totalUncompressedBytes = totalUncompressedBytes
        self.compressionRatio = compressionRatio
        self.ratioThresholdBytes = ratioThresholdBytes
    }

    /// The defaults: 10,000 entries, 512 MiB in all, a ratio of 200 beyond 1 MiB.
    ///
    /// A 100,000-row sheet inflates to some 20 MiB at a ratio of 10 to 30; a ratio of 200 over
    /// a mebibyte is far beyond any sheet a person fills in and far below a bomb's (1,000 and more).
    public static let standard = ZipLimits(entries: 10_000, totalUncompressedBytes: 512 << 20, compressionRatio: 200, ratioThresholdBytes: 1 << 20)
}
