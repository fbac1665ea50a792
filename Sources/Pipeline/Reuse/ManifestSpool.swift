import Rendering
import Spooling
import Synchronization

/// The lines of the manifest a run publishes, kept in a temporary file until the site is
/// complete, then written in a fixed order: the passports in the order of their lots, then the
/// events in the order of the trace graph, whatever order the threads recorded them in.
///
/// Memory holds 20 bytes a line, not the line: a run over a hundred thousand lots records over a
/// million outputs.
final class ManifestSpool: Sendable {
    /// Where an output's line goes: passports first, each group by number.
    struct Order: Comparable, Sendable {
        var kind: OutputReuse.Kind
        var number: Int

        static func < (left: Order, right: Order) -> Bool {
            (left.kind.rawValue, left.number) < (right.kind.rawValue, right.number)
        }
    }

    /// A line: where it goes, and where its bytes are in the spool.
    fileprivate struct Line: Sendable {
        var order: Order
        var chunk: UInt32
        var start: UInt32
        var count: UInt32
    }

    /// The lines recorded so far and the chunk being filled.
    private struct State {
        var chunk = ManifestSpool.emptyChunk()
        var lines: [Line] = []
        let writer: ByteSpool.Writer
    }

    /// How many bytes of lines make a chunk of the spool, and a piece of the written manifest.
    static let chunkSize = 1 << 20

    /// A chunk with room for ``chunkSize`` bytes and a line beyond, so that filling it never
    /// doubles its buffer.
    private static func emptyChunk() -> [UInt8] {
        var chunk: [UInt8] = []
        chunk.reserveCapacity(chunkSize + 65536)
        return chunk
    }

    private let renderer: String
    private let state: Mutex<State>

    /// A spool for the manifest of outputs rendered by `renderer` (``RendererIdentity``), whose
    /// file is in `folder`.
    init(renderer: String, folder: String = ByteSpool.temporaryFolder) {
        self.renderer = renderer
        state = Mutex(State(writer: ByteSpool.Writer(folder: folder)))
    }

    /// Records the line of output `key` at `order`.
    func add(key: String, output: PublicationManifest.Output, order: Order) {
        var line: [UInt8] = []
        PublicationManifest.appendLine(key: key, output: output, to: &line)
        state.withLock { state in
            state.lines.append(
                Line(order: order, chunk: UInt32(state.writer.nextChunk), start: UInt32(state.chunk.count), count: UInt32(line.count)))
            state.chunk += line
            if state.chunk.count >= Self.chunkSize {
                state.writer.add(state.chunk)
                state.chunk = Self.emptyChunk()
            }
        }
    }

    /// The manifest's bytes, in pieces of about ``chunkSize`` made one at a time as they are
    /// asked for; the lines recorded are handed over, so that a second call gives a manifest without outputs.
    func pieces() -> Pieces {
        let (spool, lines) = state.withLock { state in
            if !state.chunk.isEmpty { state.writer.keep(state.chunk) }
            defer { (state.chunk, state.lines) = ([], []) }
            return (state.writer.finish(), state.lines)
        }
        return Pieces(header: PublicationManifest.headerLine(renderer: renderer), spool: spool, lines: lines.sorted { $0.order < $1.order })
    }

    /// The pieces of a manifest: its header, then its lines in order.
    struct Pieces: Sequence, IteratorProtocol {
        private var header: [UInt8]?
        private let spool: ByteSpool
        private let lines: [Line]
        private var position = 0

        fileprivate init(header: [UInt8], spool: ByteSpool, lines: [Line]) {
            self.header = header
            self.spool = spool
            self.lines = lines
        }

        mutating func next() -> [UInt8]? {
            if let header {
                self.header = nil
                return header
            }
            guard position < lines.count else { return nil }
            var piece: [UInt8] = []
            piece.reserveCapacity(ManifestSpool.chunkSize + 4096)
            while position < lines.count, piece.count < ManifestSpool.chunkSize {
                let line = lines[position]
                let start = Int(line.start)
                spool.withBytes(chunk: Int(line.chunk), range: start..<start + Int(line.count)) { piece += $0 }
                position += 1
            }
            return piece
        }
    }
}
