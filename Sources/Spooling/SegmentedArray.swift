/// A growing list kept in segments of about 256 KiB: appending never copies what is stored, and
/// the list holds at most one segment more than its elements need.
///
/// An `Array` grown one element at a time doubles its storage, copying everything stored into a
/// buffer twice the size while the old one is still held: a list of a national programme's
/// million events' places, 13 MB, took 25 MB so, and 38 MB for a moment. Segments grow by
/// doubling only up to their size; then a new one starts.
///
/// ```swift
/// var places = SegmentedArray<Int32>()
/// places.append(7)
/// places[0] += 1
/// ```
public struct SegmentedArray<Element>: RandomAccessCollection, MutableCollection {
    /// The segments, each full but the last; a segment holds `1 << shift` elements.
    @usableFromInline var segments: [[Element]] = []
    @usableFromInline let shift: Int
    /// The place of an index in its segment: its low `shift` bits.
    @usableFromInline let mask: Int
    /// How many elements the list holds.
    @usableFromInline var storedCount: Int

    /// An empty list whose segments hold about 256 KiB of elements each.
    public init() {
        self.init(segmentBytes: 1 << 18)
    }

    /// An empty list whose segments hold the largest power of two of elements that fits in
    /// `segmentBytes` (one element at least): a small size makes tests cross segments.
    public init(segmentBytes: Int) {
        storedCount = 0
        let elements = Swift.max(1, segmentBytes / MemoryLayout<Element>.stride)
        shift = Int.bitWidth - 1 - elements.leadingZeroBitCount
        mask = 1 << shift - 1
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { storedCount }
    @inlinable public var count: Int { storedCount }

    @inlinable public subscript(index: Int) -> Element {
        // An index out of range is out of its segment's or of the segments' range: both trap.
        get { segments[index >> shift][index & mask] }
        set { segments[index >> shift][index & mask] = newValue }
    }

    /// Adds `element` at the end: in the last segment, or in a new one when it is full. A segment
    /// grows by doubling up to its size, so a short list takes little memory.
    @inlinable public mutating func append(_ element: Element) {
        let segmentSize = 1 << shift
        if segments.isEmpty || segments[segments.count - 1].count == segmentSize {
            segments.append([])
            segments[segments.count - 1].reserveCapacity(Swift.min(segmentSize, 16))
        } else if segments[segments.count - 1].count == segments[segments.count - 1].capacity {
            segments[segments.count - 1].reserveCapacity(Swift.min(segmentSize, 2 * segments[segments.count - 1].count))
        }
        segments[segments.count - 1].append(element)
        storedCount += 1
    }

    /// Forgets every element and frees the segments.
    public mutating func removeAll() {
        segments = []
        storedCount = 0
    }
}

extension SegmentedArray: Sendable where Element: Sendable {}
