import Synchronization

/// Records of bytes added from several threads in any order, kept in an unlinked temporary file
/// (``ByteSpool``), and read back in the order of the numbers they were added with.
///
/// Memory holds 16 bytes a record, not the record, in segments (``SegmentedArray``) that never
/// copy what they hold as they grow: a run over a hundred thousand lots records a line for each of
/// a million outputs, and the routes and index entries of each lot. In the file each record is
/// its length (a ``RecordWriter`` number), then its bytes.
///
/// ```swift
/// let spool = OrderedSpool()
/// spool.add(Array("second".utf8), order: 2)
/// spool.add(Array("first".utf8), order: 1)
/// var reader = spool.finish().reader()
/// reader.withRecord(0) { bytes in ... }   // "first"
/// ```
public final class OrderedSpool: Sendable {
    /// A record: where it goes, and where its length starts in the spool.
    fileprivate struct Place: Sendable {
        var order: UInt64
        var chunk: UInt32
        var start: UInt32
    }

    /// The records added so far and the chunk being filled.
    private struct State {
        var chunk = OrderedSpool.emptyChunk()
        var places = SegmentedArray<Place>()
        let writer: ByteSpool.Writer
    }

    /// How many bytes of records make a chunk of the spool: a record starts below it.
    public static let chunkSize = 1 << 20

    /// A chunk with room for ``chunkSize`` bytes and a record beyond, so that filling it rarely
    /// doubles its buffer.
    private static func emptyChunk() -> [UInt8] {
        var chunk: [UInt8] = []
        chunk.reserveCapacity(chunkSize + 65536)
        return chunk
    }

    private let state: Mutex<State>

    /// A spool whose file is in `folder`.
    public init(folder: String = ByteSpool.temporaryFolder) {
        state = Mutex(State(writer: ByteSpool.Writer(folder: folder)))
    }

    /// Records `bytes` at `order`; records of equal orders come back in the order they were added.
    public func add(_ bytes: [UInt8], order: UInt64) {
        state.withLock { state in
            state.places.append(Place(order: order, chunk: UInt32(state.writer.nextChunk), start: UInt32(state.chunk.count)))
            // The chunk moved into the writer and back, so that appending never copies it.
            var writer = RecordWriter(bytes: state.chunk)
            state.chunk = []
            writer.unsigned(UInt64(bytes.count))
            writer.bytes += bytes
            state.chunk = writer.bytes
            if state.chunk.count >= Self.chunkSize {
                state.writer.add(state.chunk)
                state.chunk = Self.emptyChunk()
            }
        }
    }

    /// The records added, in order; they are handed over, so that a second call gives none.
    public func finish() -> Records {
        let (spool, added) = state.withLock { state in
            if !state.chunk.isEmpty { state.writer.keep(state.chunk) }
            defer { (state.chunk, state.places) = ([], SegmentedArray()) }
            return (state.writer.finish(), state.places)
        }
        var places = added
        // A record's place in the spool follows the one added before it, so equal orders keep
        // the order they were added in.
        places.sort { ($0.order, $0.chunk, $0.start) < ($1.order, $1.chunk, $1.start) }
        return Records(spool: spool, places: places)
    }

    /// The records of a spool in order.
    public struct Records: Sendable {
        private let spool: ByteSpool
        private let places: SegmentedArray<Place>

        fileprivate init(spool: ByteSpool, places: SegmentedArray<Place>) {
            self.spool = spool
            self.places = places
        }

        /// The number of records.
        public var count: Int { places.count }

        /// A reader of the records, which keeps the chunk it last read.
        public func reader() -> Reader { Reader(spool: spool, places: places) }
    }

    /// Reads records, keeping the last chunk read: records read in order, as they were mostly
    /// added, read each chunk of the file once.
    public struct Reader {
        private let spool: ByteSpool
        private let places: SegmentedArray<Place>
        private var chunkNumber = -1
        private var chunk: [UInt8] = []

        fileprivate init(spool: ByteSpool, places: SegmentedArray<Place>) {
            self.spool = spool
            self.places = places
        }

        /// Calls `body` with the bytes of the `index`th record in order.
        public mutating func withRecord<Result>(_ index: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
            let place = places[index]
            if Int(place.chunk) != chunkNumber {
                chunkNumber = Int(place.chunk)
                chunk = spool.withChunk(chunkNumber) { Array($0) }
            }
            return chunk.withUnsafeBytes { bytes in
                var reader = RecordReader(bytes: bytes)
                reader.position = Int(place.start)
                return body(reader.stringBytes())
            }
        }
    }
}
