import JSONCore

extension JSONObject {
    /// Sets the member at `path` to `value`, creating the objects on the way (`care` for `care.washing`).
    mutating func set(_ value: JSONValue, at path: ArraySlice<String>) {
        guard let first = path.first else { return }
        guard path.count > 1 else {
            self[first] = value
            return
        }
        var child = self[first]?.objectValue ?? JSONObject()
        child.set(value, at: path.dropFirst())
        self[first] = .object(child)
    }
}
