/// A byte-level RFC 8259 JSON parser with limits, exact numbers and UTF-8 validation.
///
/// ```swift
/// let value = try JSONParser().parse(bytes)
/// ```
public struct JSONParser: Sendable {
    /// Limits and policies of a parse.
    public struct Options: Sendable {
        /// What to do when an object names the same key twice.
        public enum DuplicateKeyPolicy: Sendable {
            /// Report an error at the second occurrence (the default).
            case reject
            /// Keep the first value and ignore later ones.
            case keepFirst
            /// Keep the last value, in the position of the first.
            case keepLast
        }

        /// The deepest nesting of arrays and objects accepted (the document itself is depth 0).
        public var maxDepth: Int
        /// The largest document accepted, in bytes.
        public var maxBytes: Int
        /// What to do with a repeated object key.
        public var duplicateKeys: DuplicateKeyPolicy

        /// Default limits: 512 levels, 64 MiB, duplicate keys rejected.
        public init(maxDepth: Int = 512, maxBytes: Int = 64 << 20, duplicateKeys: DuplicateKeyPolicy = .reject) {
            self.maxDepth = maxDepth
            self.maxBytes = maxBytes
            self.duplicateKeys = duplicateKeys
        }
    }

    /// The limits and policies this parser applies.
    public let options: Options

    /// A parser with the given options.
    public init(options: Options = .init()) {
        self.options = options
    }

    /// Parses one JSON document given as UTF-8 bytes (a leading byte order mark is ignored).
    public func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        let tape = try parseTape(bytes)
        return tape.value(at: tape.root)
    }

    /// Parses one JSON document given as text.
    public func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var text = text
        let tape = try text.withUTF8 { buffer in
            Result { () throws(JSONParseError) -> JSONTape in try parseTape(buffer: buffer, document: nil) }
        }.get()
        return tape.value(at: tape.root)
    }

    /// Parses one JSON document given as UTF-8 bytes into a tape, making no values.
    public func parseTape(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONTape {
        if let array = bytes as? [UInt8] {
            return try array.withUnsafeBufferPointer { buffer in
                Result { () throws(JSONParseError) -> JSONTape in try parseTape(buffer: buffer, document: array) }
            }.get()
        }
        let result: Result<JSONTape, JSONParseError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONParseError) -> JSONTape in try parseTape(buffer: buffer, document: nil) }
        }
        if let result { return try result.get() }
        return try parseTape(Array(bytes))
    }

    private func parseTape(buffer: UnsafeBufferPointer<UInt8>, document: [UInt8]?) throws(JSONParseError) -> JSONTape {
        var reader = JSONByteReader(buffer: buffer, document: document, options: options)
        return try reader.readDocument()
    }
}
