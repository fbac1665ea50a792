import JSONCore

/// Which status list index each lot has: kept with the published site, so that a lot keeps its
/// index across regenerations and no index ever passes to another lot.
///
/// The file (``sitePath``) is small, deterministic, pretty-printed JSON and not secret (every
/// passport carries its own index anyway):
///
/// ```json
/// {
///   "statusListLength": 131072,
///   "indexes": {
///     "https://id.example.com/01/09521234000359/10/LOT-A": 0,
///     "https://id.example.com/01/09521234000359/10/LOT-B": 1
///   }
/// }
/// ```
///
/// `indexes` maps each lot's id (its Digital Link) to its index, in the order of the indexes.
/// An id once allocated stays, even when a later run no longer has its lot.
///
/// Indexes are given in order, not at random as the Recommendation advises (§2.1) for holders'
/// herd privacy: passports describe products, not people, and the site lists them all anyway;
/// order keeps the file and the lists deterministic.
public struct StatusAllocation: Sendable, Hashable {
    /// Where the file lives below the site's root: `status/allocation.json`.
    public static let sitePath = ["status", "allocation.json"]

    /// The number of entries of the status lists the indexes point into.
    public let statusListLength: Int
    /// The index of each id.
    public private(set) var indexes: [String: Int]
    /// The index the next new id gets: one past the highest ever given.
    private var nextIndex: Int

    /// An allocation with no index given yet, for lists of `statusListLength` entries.
    /// - Throws: ``StatusAllocationError/invalidLength(_:)`` unless a ``BitstringStatusList`` may have that length.
    public init(statusListLength: Int = BitstringStatusList.minimumLength) throws(StatusAllocationError) {
        guard BitstringStatusList.isValidLength(statusListLength) else { throw .invalidLength(statusListLength) }
        self.init(checkedLength: statusListLength, indexes: [:])
    }

    /// An allocation of `indexes` that the caller checked: distinct, inside a list of a valid length.
    init(checkedLength statusListLength: Int, indexes: [String: Int]) {
        self.statusListLength = statusListLength
        self.indexes = indexes
        nextIndex = (indexes.values.max() ?? -1) + 1
    }

    /// The index of `id`, if it has one.
    public func index(of id: String) -> Int? { indexes[id] }

    /// Gives every id that has no index yet the next free one, in the order of the ids' UTF-8
    /// bytes, so that the same ids always get the same indexes; ids that have one keep it.
    /// - Throws: ``StatusAllocationError/emptyID`` and ``StatusAllocationError/full(length:free:needed:)``,
    ///   before any index is given.
    public mutating func allocate(_ ids: some Sequence<String>) throws(StatusAllocationError) {
        let newIDs = Set(ids.filter { indexes[$0] == nil }).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        guard !newIDs.contains("") else { throw .emptyID }
        let free = statusListLength - nextIndex
        guard newIDs.count <= free else { throw .full(length: statusListLength, free: free, needed: newIDs.count) }
        for id in newIDs {
            indexes[id] = nextIndex
            nextIndex += 1
        }
    }
}
