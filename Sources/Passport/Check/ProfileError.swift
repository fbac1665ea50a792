import JSONCore

/// Why a profile cannot be used: unreadable, malformed, or naming a pack or schema that does not exist.
public struct ProfileError: Error, Sendable, Hashable {
    public let message: String
    /// Where in the profile file, when the problem is inside it.
    public let pointer: JSONPointer?

    init(_ message: String, at pointer: JSONPointer? = nil) {
        self.message = message
        self.pointer = pointer
    }
}
