import Diagnostics
import JSONCore
import Spooling

/// The events of a document's event list, each parsed on its own and mapped into an
/// ``EPCISEvent``: one after the other, or in batches on several threads.
///
/// Either way the events are consumed in the list's order and the diagnostics come in the order
/// a read of one event after the other gives, with the same lines and pointers.
struct JSONEventList: Sendable {
    let source: String
    /// Where the list is in the document: an event's pointer is this and its index.
    let path: JSONPointer
    let prefixes: JSONLDPrefixes
    /// The range of each element of the list in the document.
    let elements: [Range<Int>]
    let parser: JSONParser

    /// How many bytes of the document a batch of events spans at most (an event larger than
    /// this is a batch of its own).
    static let batchBytes = 128 << 10
    /// How many batches each worker is given at a time: the batches of a round are parsed at
    /// once, then consumed in order.
    static let batchesPerWorker = 8

    /// Reads the events of the elements at `indices` from `bytes`, handing each to `consume`;
    /// `line` is the line on which the document's byte `counted` is, and both move on past the
    /// last element. An event larger than `bytes` gives whole is an error, and the read goes on
    /// with the next; any other stop is thrown.
    func read<Bytes: JSONDocumentBytes>(
        _ indices: Range<Int>, of bytes: Bytes, line: inout Int, counted: inout Int, mapper: inout JSONEventMapper,
        consume: (EPCISEvent) -> Void
    ) throws(JSONSkeletonStop) {
        for index in indices {
            let element = elements[index]
            let pointer = path.appending(index)
            line += try Self.lineBreaks(in: counted..<element.lowerBound, of: bytes)
            counted = element.upperBound
            do throws(JSONSkeletonStop) {
                try bytes.withBytes(in: element) { event in
                    do throws(JSONParseError) {
                        let value = try parser.parse(event)
                        if let event = mapper.event(from: value, at: pointer, prefixes: prefixes) { consume(event) }
                    } catch {
                        mapper.fields.add(
                            .error(
                                InputRule.jsonMalformed, "not valid JSON: \(error.message)",
                                at: SourceLocation(file: source, line: line + error.line - 1, pointer: pointer.description)))
                    }
                    line += Self.lineBreaks(in: event)
                }
            } catch {
                guard case .tooLarge(_, let count, let limit) = error else { throw error }
                mapper.fields.add(
                    Self.tooLarge(count, limit: limit, at: SourceLocation(file: source, line: line, pointer: pointer.description)))
                line += try Self.lineBreaks(in: element, of: bytes)
            }
        }
    }

    /// Reads every event of the list from `bytes`, `parallel.workers` batches at once, as
    /// ``read(_:of:line:counted:mapper:consume:)`` reads them all; returns the diagnostics.
    ///
    /// This thread copies each batch's bytes out of `bytes` (which only it reads) and counts its
    /// lines; the workers parse and map the copies; this thread then consumes their events in
    /// order. A batch that cannot be copied whole (larger than `bytes` gives at once) is read
    /// here, one event after the other.
    func readInBatches<Bytes: JSONDocumentBytes>(
        of bytes: Bytes, line: Int, counted: Int, parallel: ParallelLoop, consume: (EPCISEvent) -> Void
    ) throws(JSONSkeletonStop) -> [Diagnostic] {
        var line = line
        var counted = counted
        var diagnostics: [Diagnostic] = []
        var next = 0
        while next < elements.count {
            var round: [Batch] = []
            var stop: JSONSkeletonStop?
            while next < elements.count, round.count < parallel.workers * Self.batchesPerWorker {
                let indices = batch(from: next)
                do throws(JSONSkeletonStop) {
                    round.append(try copy(indices, of: bytes, line: &line, counted: &counted))
                } catch {
                    stop = error
                    break
                }
                next = indices.upperBound
            }
            let batches = round
            for result in parallel.map(batches.count, { self.read(batches[$0]) }) {
                diagnostics += result.diagnostics
                result.events.forEach(consume)
            }
            // The events before the stop are consumed, as a read one event after the other consumes them.
            if let stop { throw stop }
        }
        return diagnostics
    }

    /// The indices of the batch that starts with element `first`.
    private func batch(from first: Int) -> Range<Int> {
        let start = elements[first].lowerBound
        var end = first + 1
        while end < elements.count, elements[end].upperBound - start <= Self.batchBytes { end += 1 }
        return first..<end
    }

    /// A batch of consecutive events, as this thread hands it on.
    private enum Batch: Sendable {
        /// Copied out of the document, to be parsed by a worker; `line` is the line its first byte is on.
        case copied(Range<Int>, JSONDocumentPart, line: Int)
        /// Read already, by this thread.
        case read(BatchResult)
    }

    /// What a batch gave: its events in order and its diagnostics.
    private struct BatchResult: Sendable {
        var events: [EPCISEvent] = []
        var diagnostics: [Diagnostic] = []
    }

    /// The batch of `indices` copied out of `bytes`, with `line` and `counted` moved past it; a
    /// batch too large to copy is read here instead.
    private func copy<Bytes: JSONDocumentBytes>(_ indices: Range<Int>, of bytes: Bytes, line: inout Int, counted: inout Int)
        throws(JSONSkeletonStop) -> Batch
    {
        let span = elements[indices.lowerBound].lowerBound..<elements[indices.upperBound - 1].upperBound
        line += try Self.lineBreaks(in: counted..<span.lowerBound, of: bytes)
        counted = span.lowerBound
        do throws(JSONSkeletonStop) {
            let part = try bytes.withBytes(in: span) { JSONDocumentPart(bytes: Array($0), start: span.lowerBound) }
            let batch = Batch.copied(indices, part, line: line)
            line += Self.lineBreaks(in: part.bytes)
            counted = span.upperBound
            return batch
        } catch {
            guard case .tooLarge = error else { throw error }
            var result = BatchResult()
            var mapper = JSONEventMapper(source: source)
            try read(indices, of: bytes, line: &line, counted: &counted, mapper: &mapper) { result.events.append($0) }
            result.diagnostics = mapper.fields.diagnostics
            return .read(result)
        }
    }

    /// The events and diagnostics of `batch`.
    private func read(_ batch: Batch) -> BatchResult {
        switch batch {
        case .read(let result):
            return result
        case .copied(let indices, let part, let line):
            var result = BatchResult()
            var mapper = JSONEventMapper(source: source)
            var line = line
            var counted = part.start
            do throws(JSONSkeletonStop) {
                try read(indices, of: part, line: &line, counted: &counted, mapper: &mapper) { result.events.append($0) }
            } catch {
                preconditionFailure("a copied part holds its events whole: \(error)")
            }
            result.diagnostics = mapper.fields.diagnostics
            return result
        }
    }

    /// The `INPUT-TOO-LARGE` error of a part of the document that must be read whole.
    static func tooLarge(_ count: Int, limit: Int, at location: SourceLocation) -> Diagnostic {
        .error(
            InputRule.tooLarge,
            "this part of the document has \(count) bytes, more than the \(InputRule.describe(limit: limit)) that are read at once",
            at: location)
    }

    /// The line feeds in `range` of `bytes`.
    static func lineBreaks(in range: Range<Int>, of bytes: some JSONDocumentBytes) throws(JSONSkeletonStop) -> Int {
        var count = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let start = index
            let walked = try bytes.withBytes(from: start) { piece in
                let part = UnsafeBufferPointer(rebasing: piece.prefix(range.upperBound - start))
                count += lineBreaks(in: part)
                return part.count
            }
            index += walked
        }
        return count
    }

    /// The line feeds in `piece`.
    static func lineBreaks(in piece: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in piece where byte == 0x0A { count += 1 }
        return count
    }

    /// The line feeds in `bytes`.
    private static func lineBreaks(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { lineBreaks(in: $0) }
    }
}
