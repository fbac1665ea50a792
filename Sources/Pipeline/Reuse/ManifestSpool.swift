import Rendering
import Spooling

/// The lines of the manifest a run publishes, kept in a temporary file until the site is
/// complete (``OrderedSpool``), then written in a fixed order: the passports in the order of
/// their lots, then the events in the order of the trace graph, whatever order the threads
/// recorded them in.
final class ManifestSpool: Sendable {
    /// Where an output's line goes: passports first, each group by number.
    struct Order: Sendable {
        var kind: OutputReuse.Kind
        var number: Int

        /// The order as the spool's number: the kind above the number's 56 bits.
        fileprivate var spoolOrder: UInt64 {
            precondition(number >= 0 && number < 1 << 56, "an output's number must fit in 56 bits")
            return UInt64(kind.rawValue) << 56 | UInt64(number)
        }
    }

    private let renderer: String
    private let lines: OrderedSpool

    /// A spool for the manifest of outputs rendered by `renderer` (``RendererIdentity``), whose
    /// file is in `folder`.
    init(renderer: String, folder: String = ByteSpool.temporaryFolder) {
        self.renderer = renderer
        lines = OrderedSpool(folder: folder)
    }

    /// Records the line of output `key` at `order`.
    func add(key: String, output: PublicationManifest.Output, order: Order) {
        var line: [UInt8] = []
        PublicationManifest.appendLine(key: key, output: output, to: &line)
        lines.add(line, order: order.spoolOrder)
    }

    /// Records `line`, a line of a published manifest without its line break, as it is, at `order`.
    func add(publishedLine line: [UInt8], order: Order) {
        lines.add(line + [UInt8(ascii: "\n")], order: order.spoolOrder)
    }

    /// The manifest's bytes, in pieces of about ``OrderedSpool/chunkSize`` made one at a time as
    /// they are asked for; the lines recorded are handed over, so that a second call gives a
    /// manifest without outputs.
    func pieces() -> Pieces {
        Pieces(header: PublicationManifest.headerLine(renderer: renderer), lines: lines.finish())
    }

    /// The pieces of a manifest: its header, then its lines in order.
    struct Pieces: Sequence, IteratorProtocol {
        private var header: [UInt8]?
        private let count: Int
        private var reader: OrderedSpool.Reader
        private var position = 0

        fileprivate init(header: [UInt8], lines: OrderedSpool.Records) {
            self.header = header
            count = lines.count
            reader = lines.reader()
        }

        mutating func next() -> [UInt8]? {
            if let header {
                self.header = nil
                return header
            }
            guard position < count else { return nil }
            var piece: [UInt8] = []
            piece.reserveCapacity(OrderedSpool.chunkSize + 4096)
            while position < count, piece.count < OrderedSpool.chunkSize {
                reader.withRecord(position) { piece += $0 }
                position += 1
            }
            return piece
        }
    }
}
