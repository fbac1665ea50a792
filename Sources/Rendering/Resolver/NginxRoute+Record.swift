import Spooling

/// A route as bytes, for ``NginxRouteSpool``, in ``RecordWriter``'s parts: its level, its
/// table's number plus one (0 for none), its path, its own folder and that folder's URL (optional
/// strings), then its slots.
extension NginxRoute {
    /// Appends the route's record to `writer`.
    func append(to writer: inout RecordWriter) {
        writer.byte(Self.levels.firstIndex(of: level).map(UInt8.init) ?? 0)
        writer.unsigned(table.map { UInt64($0) + 1 } ?? 0)
        writer.string(path)
        writer.optionalString(ownFolder)
        writer.optionalString(ownFolderURL)
        writer.strings(slots)
    }

    /// The routes whose records ``append(to:)`` wrote one after the other into `bytes`.
    static func routes(inRecords bytes: UnsafeRawBufferPointer) -> [NginxRoute] {
        var reader = RecordReader(bytes: bytes)
        var routes: [NginxRoute] = []
        while !reader.isAtEnd {
            let level = levels[Int(reader.byte())]
            let table = Int(reader.unsigned())
            routes.append(
                NginxRoute(
                    level: level, path: reader.string(), ownFolder: reader.optionalString(), ownFolderURL: reader.optionalString(),
                    table: table == 0 ? nil : table - 1, slots: reader.strings()))
        }
        return routes
    }

    /// The levels by their byte in a record.
    private static let levels: [ResolverSite.Key.Level] = [.product, .lot, .item]
}
