/// One entry of a zip container, as its central directory describes it.
public struct ZipEntry: Sendable, Hashable {
    /// How the entry's bytes are stored.
    public enum Method: Sendable, Hashable {
        case stored, deflated
    }

    /// The entry's name, such as `xl/worksheets/sheet1.xml`.
    public let name: String
    public let method: Method
    /// The CRC-32 of the uncompressed bytes.
    let checksum: UInt32
    let compressedSize: Int
    public let uncompressedSize: Int
    /// Where the entry's local header starts.
    let localHeaderOffset: Int
}
