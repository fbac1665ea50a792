import Diagnostics

/// A zip container (APPNOTE 6.3) written entry by entry: every entry deflated, with its CRC-32
/// and sizes in its local header (no data descriptors), then the central directory.
///
/// The output depends only on the entries and their order: every entry carries the same DOS
/// time, 1980-01-01 00:00:00, so that the same workbook is byte-identical every run. ZIP64 is
/// not written: more than 65,534 entries, or an entry, offset or directory reaching 4 GiB, is
/// refused (``SpreadsheetWriteRule/limit``); a workbook comes nowhere near, and the reader's
/// own limits (``ZipLimits/standard``) stop far below.
struct ZipWriter {
    /// The name of the container in diagnostics.
    let source: String
    /// The local headers and data written so far.
    private var body: [UInt8] = []
    /// The central directory headers written so far.
    private var directory: [UInt8] = []
    private var names: Set<String> = []

    /// The most entries without ZIP64: a 16-bit count, whose 0xFFFF means "see ZIP64".
    static let maximumEntries = 0xFFFE
    /// The most a size or offset may be without ZIP64 (`0xFFFFFFFF` itself means "see ZIP64").
    static let maximumSize = 0xFFFF_FFFE

    private static let localHeaderSignature: UInt32 = 0x0403_4B50
    private static let directoryHeaderSignature: UInt32 = 0x0201_4B50
    private static let endOfDirectorySignature: UInt32 = 0x0605_4B50
    /// Version 2.0: deflate.
    private static let version: UInt16 = 20
    /// General purpose flag bit 11: the name is UTF-8.
    private static let utf8NameFlag: UInt16 = 0x0800
    private static let deflateMethod: UInt16 = 8
    /// MS-DOS time 00:00:00 and date 1980-01-01 (`(year - 1980) << 9 | month << 5 | day`).
    private static let dosTime: UInt16 = 0
    private static let dosDate: UInt16 = 1 << 5 | 1

    init(source: String) {
        self.source = source
    }

    /// Adds the entry `name` holding `contents`, deflated.
    mutating func add(_ name: String, contents: [UInt8]) throws(Diagnostic) {
        let nameBytes = Array(name.utf8)
        guard !nameBytes.isEmpty, nameBytes.count <= 0xFFFF, !names.contains(name) else {
            throw problem(.limit, "the entry name \(name) is empty, too long or already used")
        }
        guard names.count < Self.maximumEntries else {
            throw problem(.limit, "a container without ZIP64 holds at most \(Self.maximumEntries) entries")
        }
        let offset = body.count
        guard contents.count <= Self.maximumSize, offset <= Self.maximumSize else {
            throw problem(.limit, "the entry \(name) or the container reaches 4 GiB, more than a container without ZIP64 holds")
        }
        let compressed = Deflater.deflate(contents)
        let checksum = CRC32.checksum(contents)
        // The fields a local header and a central directory header share, from "version needed" to the name's length.
        var shared: [UInt8] = []
        for field in [Self.version, Self.utf8NameFlag, Self.deflateMethod, Self.dosTime, Self.dosDate] { shared.append(littleEndian: field) }
        shared.append(littleEndian: checksum)
        shared.append(littleEndian: UInt32(compressed.count))
        shared.append(littleEndian: UInt32(contents.count))
        shared.append(littleEndian: UInt16(nameBytes.count))

        body.append(littleEndian: Self.localHeaderSignature)
        body += shared
        body.append(littleEndian: UInt16(0))  // extra field length
        body += nameBytes
        body += compressed

        directory.append(littleEndian: Self.directoryHeaderSignature)
        directory.append(littleEndian: Self.version)  // version made by: MS-DOS, 2.0
        directory += shared
        // Extra field and comment lengths, disk number, internal attributes: none.
        for _ in 0..<4 { directory.append(littleEndian: UInt16(0)) }
        directory.append(littleEndian: UInt32(0))  // external attributes
        directory.append(littleEndian: UInt32(offset))
        directory += nameBytes
        names.insert(name)
    }

    /// The container: the entries added, in order, then the central directory and its end record.
    func bytes() throws(Diagnostic) -> [UInt8] {
        guard body.count <= Self.maximumSize, directory.count <= Self.maximumSize else {
            throw problem(.limit, "the container reaches 4 GiB, more than a container without ZIP64 holds")
        }
        var output = body + directory
        output.append(littleEndian: Self.endOfDirectorySignature)
        output.append(littleEndian: UInt16(0))  // this disk
        output.append(littleEndian: UInt16(0))  // the disk where the directory starts
        output.append(littleEndian: UInt16(names.count))  // entries on this disk
        output.append(littleEndian: UInt16(names.count))  // entries in all
        output.append(littleEndian: UInt32(directory.count))
        output.append(littleEndian: UInt32(body.count))
        output.append(littleEndian: UInt16(0))  // comment length
        return output
    }

    private func problem(_ rule: SpreadsheetWriteRule, _ message: String) -> Diagnostic {
        .error(rule, message, at: SourceLocation(file: source))
    }
}

extension [UInt8] {
    /// Appends `value` as little-endian bytes, as every zip field is stored.
    fileprivate mutating func append(littleEndian value: some FixedWidthInteger) {
        var rest = value
        for _ in 0..<(value.bitWidth / 8) {
            append(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
    }
}
