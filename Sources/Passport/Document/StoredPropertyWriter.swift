/// Sets one property of a model in place, as its key path does, without the key path's walk at
/// run time: for a chain of stored struct properties, the property's offset is worked out once
/// and the value stored through a pointer (the use `MemoryLayout.offset(of:)` documents).
struct StoredPropertyWriter<Model, Value>: Sendable {
    let path: WritableKeyPath<Model, Value> & Sendable
    /// The property's byte offset in a `Model`; `nil` when the path is not a chain of stored
    /// properties (a computed property or a class on the way), which is then set by the path.
    let offset: Int?

    init(_ path: WritableKeyPath<Model, Value> & Sendable) {
        self.path = path
        offset = MemoryLayout<Model>.offset(of: path)
    }

    /// Sets the property of `model` to `value`, moved in (a model read into another is not copied).
    func set(_ value: consuming Value, in model: inout Model) {
        var value = value
        guard let offset else { return swap(&model[keyPath: path], &value) }
        withUnsafeMutableBytes(of: &model) { bytes in
            swap(&(bytes.baseAddress! + offset).assumingMemoryBound(to: Value.self).pointee, &value)
        }
    }
}
