import Diagnostics
import Spooling
import Traceability

/// The EPCIS documents of one run, each read streaming from its file, several files at once.
///
/// A `.csv` or `.xlsx` file holds step rows instead (see ``StepRows``): it is converted into
/// EPCIS events in memory, and from then on is a document like any other.
public struct EventDocuments: Sendable {
    /// One document: the path it was read from and what the read gave.
    public struct Document: Sendable {
        public var path: String
        public var result: EPCISReadResult

        public init(path: String, result: EPCISReadResult) {
            self.path = path
            self.result = result
        }
    }

    /// The documents, in the order the paths were given.
    public var documents: [Document]

    /// Documents already read.
    public init(documents: [Document]) { self.documents = documents }

    /// Every file of `paths` read (`-` is standard input), `jobs` at a time; XML is never held
    /// whole; step rows are converted with the names of `directory`. Throws ``InputFailure``
    /// when a file cannot be opened or fails while being read.
    public init(
        reading paths: [String], jobs: JobCount, elementOrder: XMLElementOrder = .lenient,
        directory: StepDirectory = StepDirectory(), progress: ProgressSink = .none
    ) throws(InputFailure) {
        var files: [InputFile] = []
        for path in paths {
            switch InputFile.open(path) {
            case .success(let file): files.append(file)
            case .failure(let diagnostic): throw InputFailure(diagnostic)
            }
        }
        // The jobs the files leave idle parse the events of a JSON-LD file in batches: one large
        // file, the usual input, is read on every core.
        let parallel = ParallelLoop(jobs: JobCount(max(1, jobs.value / max(1, min(jobs.value, files.count))))!)
        let results = OrderedParallelMap.map(files, jobs: jobs) { file in
            let result =
                StepRows.isStepFile(file.path)
                ? Self.stepRows(file, directory: directory)
                : EPCISReader.read(
                    source: file.path, maximumJSONSize: InputFile.maximumSize, expectedSize: file.size, elementOrder: elementOrder,
                    randomAccess: file.randomAccess, parallel: parallel, nextPiece: { buffer in try file.read(into: buffer) })
            progress.report(.eventFileRead(path: file.path, events: result.records.count))
            return result
        }
        // A file that failed while being read is unreadable, as one that could not be opened.
        if let failure = results.lazy.flatMap(\.diagnostics).first(where: { $0.kind == .unreadable }) {
            throw InputFailure(failure)
        }
        documents = zip(paths, results).map { Document(path: $0, result: $1) }
    }

    /// The events of the step rows of `file`: CSV in a regular file read a piece at a time, a
    /// workbook or a stream read whole (or the diagnostic of one that cannot be).
    private static func stepRows(_ file: InputFile, directory: StepDirectory) -> EPCISReadResult {
        if let input = file.randomAccess, !StepRows.isWorkbook(Self.firstBytes(of: input, count: 4), source: file.path) {
            return StepRows.read(csv: input, source: file.path, directory: directory)
        }
        switch file.readWhole() {
        case .success(let bytes): return StepRows.read(bytes, source: file.path, directory: directory)
        case .failure(let diagnostic): return EPCISReadResult(events: [], diagnostics: [diagnostic])
        }
    }

    /// The first `count` bytes of `input` (fewer when it is shorter or cannot be read: its reading then says why).
    private static func firstBytes(of input: RandomAccessInput, count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { buffer in (try? input.read(buffer, 0)) ?? 0 }
        return Array(bytes.prefix(read))
    }

    /// Every diagnostic of every document, in order.
    public var diagnostics: [Diagnostic] { documents.flatMap(\.result.diagnostics) }

    /// The event records of each document, as ``TraceGraph/init(documents:parallel:)`` takes them.
    public var eventRecords: [EventRecords] { documents.map(\.result.records) }

    /// The trace graph of every document's events, its documents indexed `jobs` at a time.
    public func traceGraph(jobs: JobCount) -> TraceGraph {
        TraceGraph(documents: eventRecords, parallel: ParallelLoop(jobs: jobs))
    }
}

/// An input that cannot be read at all: the run stops with exit code 2.
public struct InputFailure: Error, Sendable {
    public let diagnostic: Diagnostic
    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
