/// Reads and sets one property of a model, as its key path does, without the key path's walk at
/// run time: for a chain of stored struct properties, the property's offset is worked out once
/// and the value read and stored through a pointer (the use `MemoryLayout.offset(of:)` documents).
struct StoredProperty<Model, Value>: Sendable {
    let path: WritableKeyPath<Model, Value> & Sendable
    /// The property's byte offset in a `Model`; `nil` when the path is not a chain of stored
    /// properties (a computed property or a class on the way), which is then set by the path.
    let offset: Int?

    init(_ path: WritableKeyPath<Model, Value> & Sendable) {
        self.path = path
        offset = MemoryLayout<Model>.offset(of: path)
    }

    /// The property's value in `model`.
    func get(_ model: Model) -> Value {
        guard let offset else { return model[keyPath: path] }
        return withUnsafePointer(to: model) { pointer in
            UnsafeRawPointer(pointer).advanced(by: offset).assumingMemoryBound(to: Value.self).pointee
        }
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
