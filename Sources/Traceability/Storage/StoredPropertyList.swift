/// Properties of one type of a model, read in their order through byte offsets worked out once.
///
/// Reading a property through its key path walks the path at run time, and for a struct of many
/// strings (a sensor report) copies the whole struct to project it: a record of a report read
/// its twenty-two optional fields that way at some 45,000 instructions. A chain of stored
/// properties has an offset (`MemoryLayout.offset(of:)`), so the values are loaded from the
/// model's bytes; a list with another property (computed, or through a class) keeps the paths.
struct StoredPropertyList<Model, Value>: Sendable {
    /// The properties, in the order they are read and written.
    let paths: [WritableKeyPath<Model, Value> & Sendable]
    /// Each property's byte offset in a `Model`, when every one is a stored property.
    private let offsets: [Int]?

    init(_ paths: [WritableKeyPath<Model, Value> & Sendable]) {
        self.paths = paths
        let offsets = paths.compactMap { MemoryLayout<Model>.offset(of: $0) }
        self.offsets = offsets.count == paths.count ? offsets : nil
    }

    /// Calls `body` with the value of each property of `model`, in order.
    func forEachValue(of model: Model, _ body: (Value) -> Void) {
        guard let offsets else {
            for path in paths { body(model[keyPath: path]) }
            return
        }
        withUnsafeBytes(of: model) { bytes in
            for offset in offsets { body(bytes.load(fromByteOffset: offset, as: Value.self)) }
        }
    }
}
