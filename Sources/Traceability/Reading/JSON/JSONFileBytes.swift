/// A JSON document in a file, read through positioned reads a window at a time, never held whole.
///
/// The skeleton walks the document forwards, and the events are read in the order they come,
/// so one window (a mebibyte, as ``EPCISReader/readJSONInPlace(_:source:maximumPartSize:readSize:)``
/// reads by default), moved on when a byte outside it is wanted, reads the file a few times over
/// in large pieces. A part wanted whole (an event) that is larger than the window is read into a
/// buffer of its own, up to `partLimit` bytes.
final class JSONFileBytes: JSONDocumentBytes {
    let count: Int
    private let input: RandomAccessInput
    private let partLimit: Int
    private let window: UnsafeMutableBufferPointer<UInt8>
    private var windowStart = 0
    private var windowCount = 0

    /// The document of `input`, of `input.size` bytes, read `windowSize` bytes at a time; a part
    /// wanted whole may have up to `partLimit` bytes.
    init(_ input: RandomAccessInput, partLimit: Int, windowSize: Int) {
        self.input = input
        count = input.size
        self.partLimit = partLimit
        window = .allocate(capacity: max(windowSize, 1))
    }

    deinit { window.deallocate() }

    func byte(at index: Int) throws(JSONSkeletonStop) -> UInt8 {
        try withBytes(from: index) { $0[0] }
    }

    func withBytes<Result>(from index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(JSONSkeletonStop) -> Result {
        let place = index &- windowStart
        guard place >= 0 && place < windowCount else {
            try fill(from: index)
            return body(UnsafeBufferPointer(rebasing: window[..<windowCount]))
        }
        return body(UnsafeBufferPointer(rebasing: window[place..<windowCount]))
    }

    func withBytes<Result>(in range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(JSONSkeletonStop) -> Result {
        guard range.count <= partLimit else { throw .tooLarge(offset: range.lowerBound, count: range.count, limit: partLimit) }
        if range.count <= window.count {
            if range.lowerBound < windowStart || range.upperBound > windowStart + windowCount { try fill(from: range.lowerBound) }
            let start = range.lowerBound - windowStart
            return body(UnsafeBufferPointer(rebasing: window[start..<(start + range.count)]))
        }
        let part = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: range.count)
        defer { part.deallocate() }
        try read(into: part, at: range.lowerBound)
        return body(UnsafeBufferPointer(part))
    }

    /// Moves the window to start at `index`.
    private func fill(from index: Int) throws(JSONSkeletonStop) {
        windowCount = 0
        let wanted = min(window.count, count - index)
        try read(into: UnsafeMutableBufferPointer(rebasing: window[..<wanted]), at: index)
        windowStart = index
        windowCount = wanted
    }

    /// Fills `buffer` with the file's bytes from `offset`; a file that ends before the size it
    /// had when opened is unreadable there.
    private func read(into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) throws(JSONSkeletonStop) {
        var done = 0
        while done < buffer.count {
            let count: Int
            do {
                count = try input.read(UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[done...])), offset + done)
            } catch {
                throw .unreadable(offset: offset + done, reason: "\(error)")
            }
            guard count > 0 else {
                throw .unreadable(offset: offset + done, reason: "the file ends there, but it had \(self.count) bytes when it was opened")
            }
            done += count
        }
    }
}
