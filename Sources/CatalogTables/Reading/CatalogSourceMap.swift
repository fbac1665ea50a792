import Diagnostics
import JSONCore

/// Where each value of a catalogue read from tables came from: a JSON Pointer to the cell (or
/// row) it was read from, so that a diagnostic of the catalogue JSON is reported at the cell.
public struct CatalogSourceMap: Sendable {
    /// The cell or row of each pointer that was read, by the pointer's string form.
    public private(set) var locations: [String: SourceLocation] = [:]
    /// Where a pointer with no mapped ancestor is: the workbook or folder as a whole.
    public let fallback: SourceLocation

    public init(fallback: SourceLocation) {
        self.fallback = fallback
    }

    /// Records that the value at `pointer` was read at `location`.
    mutating func record(_ pointer: JSONPointer, at location: SourceLocation) {
        locations[pointer.description] = location
    }

    /// Where the value at `pointer` came from: its own cell, or else the nearest enclosing value's
    /// (a list item's cell, a member's row).
    public func location(of pointer: JSONPointer) -> SourceLocation {
        var current: JSONPointer? = pointer
        while let candidate = current {
            if let location = locations[candidate.description] { return location }
            current = candidate.parent
        }
        return fallback
    }

    /// `diagnostic` moved from its JSON Pointer to the cell the value came from; a diagnostic
    /// without a pointer (malformed input) is returned as it is.
    public func relocated(_ diagnostic: Diagnostic) -> Diagnostic {
        guard let text = diagnostic.location.pointer, let pointer = JSONPointer(text) else { return diagnostic }
        var moved = diagnostic
        moved.location = location(of: pointer)
        return moved
    }
}
