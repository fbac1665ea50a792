import Diagnostics

/// A zip container (APPNOTE 6.3) read from its bytes: stored and deflated entries, data
/// descriptors and ZIP64, each entry's CRC-32 checked, within ``ZipLimits``.
///
/// Entries are found through the central directory, whose sizes and checksums are the ones that
/// count (a local header written before a data descriptor holds zeros). Every problem is thrown
/// as a diagnostic located at the container and, where it applies, the entry.
public struct ZipArchive: Sendable {
    /// The container's entries, in central directory order.
    public let entries: [ZipEntry]
    /// The name of the container in diagnostics.
    public let source: String
    private let bytes: [UInt8]

    private static let endOfDirectorySignature = 0x0605_4B50
    private static let zip64LocatorSignature = 0x0706_4B50
    private static let zip64EndSignature = 0x0606_4B50
    private static let directoryHeaderSignature = 0x0201_4B50
    private static let localHeaderSignature = 0x0403_4B50
    /// The compound-file magic of an encrypted OOXML file (ECMA-376 part 2 §11: an OLE container, not a zip).
    private static let compoundFileMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// The end of central directory record without its comment, and the longest comment.
    private static let endRecordLength = 22
    private static let longestComment = 0xFFFF
    /// A 32-bit field holding this means "see the ZIP64 extra field".
    private static let zip64Marker = 0xFFFF_FFFF

    /// Reads the central directory of the container `bytes`, named `source` in diagnostics.
    public init(bytes: [UInt8], source: String, limits: ZipLimits = .standard) throws(Diagnostic) {
        self.bytes = bytes
        self.source = source
        if bytes.starts(with: Self.compoundFileMagic) {
            throw Self.problem(
                .encrypted, "the workbook is encrypted or password protected (or an old .xls file); save it again as .xlsx without a password",
                source: source)
        }
        let reader = LittleEndianBytes(bytes: bytes)
        let directory = try Self.directory(reader, source: source)
        guard directory.count <= limits.entries else {
            throw Self.problem(.zipLimit, "the container has \(directory.count) entries, more than the \(limits.entries) accepted", source: source)
        }
        var entries: [ZipEntry] = []
        var offset = directory.offset
        var total = 0
        for _ in 0..<directory.count {
            let (entry, next) = try Self.entry(reader, at: offset, source: source)
            try Self.check(entry, against: limits, source: source)
            guard entry.uncompressedSize <= limits.totalUncompressedBytes - total else {
                throw Self.problem(
                    .zipLimit, "the entries inflate to more than \(limits.totalUncompressedBytes) bytes in all, the most accepted", source: source)
            }
            total += entry.uncompressedSize
            entries.append(entry)
            offset = next
        }
        self.entries = entries
    }

    /// The entry named `name`, if the container has one.
    public func entry(named name: String) -> ZipEntry? {
        entries.first { $0.name == name }
    }

    /// The uncompressed bytes of `entry`, checked against its size and CRC-32.
    public func contents(of entry: ZipEntry) throws(Diagnostic) -> [UInt8] {
        let reader = LittleEndianBytes(bytes: bytes)
        let header = entry.localHeaderOffset
        guard reader.uint32(at: header) == Self.localHeaderSignature, let nameLength = reader.uint16(at: header + 26),
            let extraLength = reader.uint16(at: header + 28),
            let stored = reader.slice(at: header + 30 + nameLength + extraLength, count: entry.compressedSize)
        else {
            throw Self.problem(.zipMalformed, "the entry's local header or data is missing (a truncated file?)", source: source, entry: entry.name)
        }
        let contents: [UInt8]
        switch entry.method {
        case .stored: contents = Array(stored)
        case .deflated:
            do {
                contents = try Inflater.inflate(stored, limit: entry.uncompressedSize)
            } catch {
                switch error {
                case .tooLarge:
                    throw Self.problem(
                        .zipChecksum, "the entry inflates to more than the \(entry.uncompressedSize) bytes it declares", source: source,
                        entry: entry.name)
                case .truncated:
                    throw Self.problem(.zipMalformed, "the entry's deflate stream ends early (a truncated file?)", source: source, entry: entry.name)
                case .corrupt(let message):
                    throw Self.problem(.zipMalformed, "the entry's deflate stream is invalid: \(message)", source: source, entry: entry.name)
                }
            }
        }
        guard contents.count == entry.uncompressedSize else {
            throw Self.problem(
                .zipChecksum, "the entry holds \(contents.count) bytes, not the \(entry.uncompressedSize) it declares", source: source,
                entry: entry.name)
        }
        guard CRC32.checksum(contents) == entry.checksum else {
            throw Self.problem(.zipChecksum, "the entry's CRC-32 does not match its contents (a damaged file)", source: source, entry: entry.name)
        }
        return contents
    }

    /// Where the central directory starts and how many entries it has, from the end record (ZIP64 when marked).
    private static func directory(_ reader: LittleEndianBytes, source: String) throws(Diagnostic) -> (offset: Int, count: Int) {
        let bytes = reader.bytes
        let earliest = max(0, bytes.count - endRecordLength - longestComment)
        var end = bytes.count - endRecordLength
        while end >= earliest, reader.uint32(at: end) != endOfDirectorySignature { end -= 1 }
        guard end >= earliest, let count = reader.uint16(at: end + 10), let offset = reader.uint32(at: end + 16) else {
            throw problem(.zipMalformed, "the file is not a zip container (no end of central directory: not an .xlsx, or truncated)", source: source)
        }
        guard count == 0xFFFF || offset == zip64Marker else { return (offset, count) }
        let locator = end - 20
        guard reader.uint32(at: locator) == zip64LocatorSignature, let record = reader.uint64(at: locator + 8),
            reader.uint32(at: record) == zip64EndSignature, let count64 = reader.uint64(at: record + 32),
            let offset64 = reader.uint64(at: record + 48)
        else {
            throw problem(.zipMalformed, "the ZIP64 end of central directory is missing or damaged", source: source)
        }
        return (offset64, count64)
    }

    /// The central directory header at `offset`, and where the next one starts.
    private static func entry(_ reader: LittleEndianBytes, at offset: Int, source: String) throws(Diagnostic) -> (ZipEntry, Int) {
        guard reader.uint32(at: offset) == directoryHeaderSignature, let flags = reader.uint16(at: offset + 8),
            let method = reader.uint16(at: offset + 10), let checksum = reader.uint32(at: offset + 16),
            var compressed = reader.uint32(at: offset + 20), var uncompressed = reader.uint32(at: offset + 24),
            let nameLength = reader.uint16(at: offset + 28), let extraLength = reader.uint16(at: offset + 30),
            let commentLength = reader.uint16(at: offset + 32), var localOffset = reader.uint32(at: offset + 42),
            let nameBytes = reader.slice(at: offset + 46, count: nameLength),
            let extra = reader.slice(at: offset + 46 + nameLength, count: extraLength)
        else {
            throw problem(.zipMalformed, "the central directory is damaged or truncated", source: source)
        }
        let name = String(decoding: nameBytes, as: UTF8.self)
        if uncompressed == zip64Marker || compressed == zip64Marker || localOffset == zip64Marker {
            guard let sizes = zip64Sizes(Array(extra), uncompressed: uncompressed, compressed: compressed, offset: localOffset) else {
                throw problem(.zipMalformed, "the entry's ZIP64 extra field is missing or short", source: source, entry: name)
            }
            (uncompressed, compressed, localOffset) = sizes
        }
        guard flags & 1 == 0 else {
            throw problem(.encrypted, "the entry is encrypted; save the workbook again without a password", source: source, entry: name)
        }
        let entryMethod: ZipEntry.Method
        switch method {
        case 0: entryMethod = .stored
        case 8: entryMethod = .deflated
        default:
            throw problem(
                .unsupported, "the entry is compressed with zip method \(method); only stored (0) and deflated (8) are read", source: source,
                entry: name)
        }
        guard !name.hasPrefix("/"), !name.hasPrefix("\\"), !name.contains(":"),
            !name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
        else {
            throw problem(.zipPath, "the entry's name is absolute or climbs out with `..`", source: source, entry: name)
        }
        let entry = ZipEntry(
            name: name, method: entryMethod, checksum: UInt32(checksum), compressedSize: compressed, uncompressedSize: uncompressed,
            localHeaderOffset: localOffset)
        return (entry, offset + 46 + nameLength + extraLength + commentLength)
    }

    /// The sizes and offset with the ZIP64 extra field's values put in for the fields marked `0xFFFFFFFF`, in the order APPNOTE 4.5.3 gives.
    private static func zip64Sizes(_ extra: [UInt8], uncompressed: Int, compressed: Int, offset: Int) -> (Int, Int, Int)? {
        let reader = LittleEndianBytes(bytes: extra)
        var field = 0
        while let id = reader.uint16(at: field), let length = reader.uint16(at: field + 2) {
            defer { field += 4 + length }
            guard id == 1 else { continue }
            var cursor = field + 4
            func next(_ value: Int) -> Int? {
                guard value == zip64Marker else { return value }
                defer { cursor += 8 }
                return cursor + 8 <= field + 4 + length ? reader.uint64(at: cursor) : nil
            }
            guard let newUncompressed = next(uncompressed), let newCompressed = next(compressed), let newOffset = next(offset) else { return nil }
            return (newUncompressed, newCompressed, newOffset)
        }
        return nil
    }

    /// Refuses an entry whose declared size or ratio passes the limits, before it is inflated.
    private static func check(_ entry: ZipEntry, against limits: ZipLimits, source: String) throws(Diagnostic) {
        guard entry.uncompressedSize > limits.ratioThresholdBytes else { return }
        guard entry.uncompressedSize / max(entry.compressedSize, 1) < limits.compressionRatio else {
            throw problem(
                .zipLimit,
                "the entry inflates \(entry.compressedSize) bytes to \(entry.uncompressedSize), a ratio above the \(limits.compressionRatio) accepted (a zip bomb?)",
                source: source, entry: entry.name)
        }
    }

    /// A diagnostic of `rule` at the container, and at `entry` when given.
    static func problem(_ rule: SpreadsheetRule, _ message: String, source: String, entry: String? = nil) -> Diagnostic {
        .error(rule, message, at: SourceLocation(file: source, part: entry.map { "entry \($0)" }))
    }
}
