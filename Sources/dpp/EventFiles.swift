import Diagnostics
import Dispatch
import Synchronization
import Traceability

/// Reading the EPCIS documents named on the command line: each streamed from its file (XML is
/// never held whole), several files at once (`--jobs`, one per processor core by default).
enum EventFiles {
    /// Each file's events and diagnostics, in the order given; `nil` after printing why a file
    /// cannot be read (`-` is standard input).
    static func read(
        _ paths: [String], jobs: Int, elementOrder: XMLElementOrder = .lenient, console: Console, command: String
    ) -> [(path: String, result: EPCISReadResult)]? {
        var opened: [OpenFile] = []
        for path in paths {
            switch OpenFile.open(path) {
            case .success(let file): opened.append(file)
            case .failure(let diagnostic):
                console.err("dpp \(command): \(diagnostic)\n")
                return nil
            }
        }
        let files = opened
        let results = Mutex([EPCISReadResult?](repeating: nil, count: files.count))
        let slots = DispatchSemaphore(value: jobs)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            slots.wait()
            defer { slots.signal() }
            let file = files[index]
            let result = EPCISReader.read(
                source: file.path, maximumJSONSize: InputFiles.maximumSize, expectedSize: file.size, elementOrder: elementOrder,
                nextPiece: file.read)
            results.withLock { $0[index] = result }
        }
        let reads = results.withLock { $0.map { $0! } }
        // A file that failed while being read is unreadable, as one that could not be opened.
        let unreadable: Set<String> = ["INPUT-UNREADABLE", "INPUT-TOO-LARGE"]
        let diagnostics: [Diagnostic] = reads.flatMap(\.diagnostics)
        if let failure = diagnostics.first(where: { unreadable.contains($0.ruleID) }) {
            console.err("dpp \(command): \(failure)\n")
            return nil
        }
        return Array(zip(paths, reads))
    }
}
