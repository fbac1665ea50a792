/// Why the status index allocation could not be read or extended.
public enum StatusAllocationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The allocation file is not an allocation; what is wrong with it.
    case malformed(String)
    /// A status list length the allocation cannot be made for.
    case invalidLength(Int)
    /// An empty id, which no lot has.
    case emptyID
    /// The list has fewer free indexes than new ids.
    case full(length: Int, free: Int, needed: Int)

    /// The rule the problem breaks.
    public var rule: StatusListRule {
        switch self {
        case .malformed, .emptyID: .allocation
        case .invalidLength: .length
        case .full: .allocationFull
        }
    }

    public var description: String {
        let path = StatusAllocation.sitePath.joined(separator: "/")
        switch self {
        case .malformed(let problem):
            return "\(path) is malformed: \(problem). The site cannot be regenerated safely without it: published passports "
                + "carry their status list indexes, and a new allocation could give one lot's index to another. "
                + "Restore the file from the published site or a backup."
        case .invalidLength(let length): return StatusListError.invalidLength(length).description
        case .emptyID: return "a lot without an id cannot be given a status list index"
        case .full(let length, let free, let needed):
            return "the status list of \(length) entries has \(free) free indexes for \(needed) new lots; indexes are never reused"
        }
    }
}
