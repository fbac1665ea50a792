import JSONCore

/// One of `count` disjoint parts of a run's production lots (`dpp generate --shard K/N`), so that
/// several machines publish one programme's passports and `dpp site merge` joins them.
///
/// A lot belongs to part `K` when the 64-bit FNV-1a hash of the UTF-8 of its canonical GS1 Digital
/// Link (`https://id.gs1.org/01/<gtin14>/10/<lot>`) modulo `count` is `K - 1`: stable across runs,
/// machines and inputs, so a lot stays in its shard when lots are added.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// The part, from 1 to ``count``.
    public let index: Int
    public let count: Int

    /// Part `index` of `count`; nil unless 1 ≤ index ≤ count ≤ 1,000,000.
    public init?(index: Int, count: Int) {
        guard count >= 1, count <= 1_000_000, index >= 1, index <= count else { return nil }
        self.index = index
        self.count = count
    }

    /// The shard written `K/N` (decimal digits only).
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 7 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let index = Int(parts[0]), let count = Int(parts[1])
        else { return nil }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the lot whose canonical Digital Link is `lotID` belongs to this part.
    public func contains(lotID: String) -> Bool {
        Int(Self.hash(lotID) % UInt64(count)) == index - 1
    }

    /// FNV-1a, 64 bits, of the UTF-8 of `text`.
    static func hash(_ text: String) -> UInt64 {
        FNV1a.hash(text.utf8)
    }
}
