import Diagnostics

/// Where an event starts in its file, kept small: a trace graph holds one per event.
///
/// A JSON event's pointer is nearly always `/epcisBody/eventList/N` (or the query document's
/// list); such a pointer is kept as the shared pointer of its list and the index, rather than
/// as a string of its own for every event. Every other location is kept as given, and
/// ``sourceLocation`` gives back exactly the location stored.
struct EventSourceLocation: Sendable {
    /// The file and the pointer (or the event list's pointer), shared by the events of a
    /// document: one reference per event instead of two strings.
    final class Origin: Sendable {
        let file: String
        let pointer: String?

        init(file: String, pointer: String?) {
            self.file = file
            self.pointer = pointer
        }
    }

    /// The origin last made, handed to the next event of the same document.
    struct Origins {
        private var last: Origin?

        mutating func origin(file: String, pointer: String?) -> Origin {
            if let last, last.file == file, last.pointer == pointer { return last }
            let origin = Origin(file: file, pointer: pointer)
            last = origin
            return origin
        }
    }

    private(set) var origin: Origin
    /// The line and column, `Int32.min` when absent (32 bits: a file of two billion lines is not read).
    private(set) var line: Int32
    private(set) var column: Int32
    /// The index in the event list, or -1 when the origin's pointer is the whole pointer.
    private(set) var index: Int32

    /// A location from its stored parts, as an event record keeps them (see ``EventRecordCoding``).
    init(origin: Origin, line: Int32, column: Int32, index: Int32) {
        self.origin = origin
        self.line = line
        self.column = column
        self.index = index
    }

    /// The event lists of `EPCISDocument` and `EPCISQueryDocument`.
    private static let eventLists = ["/epcisBody/eventList", "/epcisBody/queryResults/resultsBody/eventList"]

    /// `location`, its file and list pointer shared with the previous event's when they are the same.
    init(_ location: SourceLocation, origins: inout Origins) {
        line = location.line.map { Int32(clamping: $0) } ?? .min
        column = location.column.map { Int32(clamping: $0) } ?? .min
        let (pointer, index) = Self.split(location.pointer)
        origin = origins.origin(file: location.file, pointer: pointer)
        self.index = index
    }

    var sourceLocation: SourceLocation {
        SourceLocation(
            file: origin.file, line: line == .min ? nil : Int(line), column: column == .min ? nil : Int(column),
            pointer: index < 0 ? origin.pointer : "\(origin.pointer ?? "")/\(index)")
    }

    /// A pointer into a standard event list as the list's shared pointer and the index; any other as itself and -1.
    private static func split(_ pointer: String?) -> (String?, Int32) {
        guard let pointer, let slash = pointer.lastIndex(of: "/") else { return (pointer, -1) }
        let digits = pointer[pointer.index(after: slash)...]
        guard let list = eventLists.first(where: { $0[...] == pointer[..<slash] }),
            let index = Int32(digits), index >= 0, String(index)[...] == digits
        else { return (pointer, -1) }
        return (list, index)
    }
}
