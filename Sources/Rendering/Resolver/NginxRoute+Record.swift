/// A route as bytes, for ``NginxRouteSpool``: its level, its table's number, then its strings
/// each after its length (a missing one as the length `0xFFFFFFFF`), then its slots after their
/// count; numbers are four bytes, least significant first.
extension NginxRoute {
    /// The length that stands for a missing string.
    private static let missing = UInt32.max

    /// Appends the route's record to `bytes`.
    func append(to bytes: inout [UInt8]) {
        bytes.append(Self.levels.firstIndex(of: level).map(UInt8.init) ?? 0)
        Self.append(UInt32(bitPattern: Int32(table ?? -1)), to: &bytes)
        Self.append(path, to: &bytes)
        Self.append(ownFolder, to: &bytes)
        Self.append(ownFolderURL, to: &bytes)
        Self.append(UInt32(slots.count), to: &bytes)
        for slot in slots { Self.append(slot, to: &bytes) }
    }

    /// The routes whose records ``append(to:)`` wrote one after the other into `bytes`.
    static func routes(inRecords bytes: UnsafeRawBufferPointer) -> [NginxRoute] {
        var reader = RecordReader(bytes: bytes)
        var routes: [NginxRoute] = []
        while !reader.isAtEnd {
            let level = levels[Int(reader.byte())]
            let table = Int32(bitPattern: reader.number())
            let path = reader.string() ?? ""
            let ownFolder = reader.string()
            let ownFolderURL = reader.string()
            let slots = (0..<reader.number()).map { _ in reader.string() ?? "" }
            routes.append(
                NginxRoute(
                    level: level, path: path, ownFolder: ownFolder, ownFolderURL: ownFolderURL, table: table < 0 ? nil : Int(table), slots: slots))
        }
        return routes
    }

    /// The levels by their byte in a record.
    private static let levels: [ResolverSite.Key.Level] = [.product, .lot, .item]

    private static func append(_ number: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: number >> UInt32(shift))) }
    }

    private static func append(_ text: String?, to bytes: inout [UInt8]) {
        guard let text else { return append(missing, to: &bytes) }
        append(UInt32(text.utf8.count), to: &bytes)
        bytes += text.utf8
    }

    /// Reads the parts of records the spool gave back as they were written: a record cut short
    /// is the system failing, not the input, and stops the process.
    private struct RecordReader {
        let bytes: UnsafeRawBufferPointer
        var position = 0

        var isAtEnd: Bool { position == bytes.count }

        mutating func byte() -> UInt8 {
            precondition(position < bytes.count, "an nginx route's record is cut short")
            defer { position += 1 }
            return bytes[position]
        }

        mutating func number() -> UInt32 {
            (0..<4).reduce(0) { number, index in number | UInt32(byte()) << UInt32(8 * index) }
        }

        mutating func string() -> String? {
            let count = number()
            guard count != NginxRoute.missing else { return nil }
            precondition(Int(count) <= bytes.count - position, "an nginx route's record is cut short")
            defer { position += Int(count) }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + Int(count)]), as: UTF8.self)
        }
    }
}
