import JSONCore

/// Where a Digital Traceability Event is published: `<base>/events/<name>.jsonld` (and `.jwt`
/// when signed), its name derived from the EPCIS event alone, so that a passport can link to
/// an event's credential knowing only its `eventID`.
///
/// The name is safe in a path and a URL alike (ASCII letters, digits, `-` and `_` only, so the
/// file's name and the URL's last segment are the same string) and is one of, without overlap:
///
/// - `urn:uuid:<UUID>` (the usual EPCIS `eventID`): the UUID in lower case, e.g.
///   `5c0a7e10-2026-4d00-9b00-000000000021`;
/// - any other `eventID`: `id-` then the identifier with every byte but ASCII letters, digits
///   and `-` written `_xx` (its hexadecimal value), e.g. `id-ni_3a_2f_2f_2fsha-256_3b…`;
///   when that is longer than ``maximumNameLength``, `long-id-` and the 64-bit FNV-1a digest of
///   the identifier in hexadecimal;
/// - no `eventID`: `content-` and the 64-bit FNV-1a digest, in hexadecimal, of the event's
///   lifecycle event as published (its JSON with sorted keys, without its id): the same event
///   gets the same name in every run, and an event recorded twice alike is published once.
public struct TraceabilityEventPath: Sendable, Hashable {
    /// The folder below the site root that holds every event's credential.
    public static let folder = "events"
    /// The longest name written out from an `eventID`; file names may have 255 bytes.
    public static let maximumNameLength = 200

    /// The file name without its extension.
    public let name: String

    /// The path of the event whose EPCIS `eventID` is `eventID`.
    public init(eventID: String) {
        if let uuid = Self.uuid(in: eventID) {
            name = uuid
            return
        }
        var escaped = "id-"
        for byte in eventID.utf8 {
            if Self.isKept(byte) {
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                escaped += "_" + Self.hex(UInt64(byte), digits: 2)
            }
        }
        name = escaped.utf8.count <= Self.maximumNameLength ? escaped : "long-id-" + Self.digest(Array(eventID.utf8))
    }

    /// The path of an event without an `eventID`, whose lifecycle event, published without its id, is `subject`.
    init(contentOf subject: JSONValue) {
        name = "content-" + Self.digest(JSONWriter(sortKeys: true).bytes(subject))
    }

    /// The credential's URL on the site at `baseURL` (no trailing slash): its `id`.
    public func url(baseURL: String) -> String { "\(baseURL)/\(Self.folder)/\(name).jsonld" }

    /// The JSON-LD file below the site root.
    public var documentFile: [String] { [Self.folder, name + ".jsonld"] }

    /// The signed credential (`application/vc+jwt`) below the site root.
    public var signedFile: [String] { [Self.folder, name + ".jwt"] }

    /// The lower-case UUID of a `urn:uuid:` identifier (RFC 9562 textual form, any case).
    private static func uuid(in eventID: String) -> String? {
        let prefix = "urn:uuid:"
        guard eventID.lowercased().hasPrefix(prefix) else { return nil }
        let uuid = Array(eventID.utf8.dropFirst(prefix.utf8.count))
        let hyphens: Set = [8, 13, 18, 23]
        guard uuid.count == 36 else { return nil }
        for (offset, byte) in uuid.enumerated() {
            let isHex = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
            guard hyphens.contains(offset) ? byte == UInt8(ascii: "-") : isHex else { return nil }
        }
        return String(decoding: uuid, as: UTF8.self).lowercased()
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "-")
    }

    /// The 64-bit FNV-1a hash of `bytes` in 16 hexadecimal digits: a stable name, not a security measure
    /// (the issuer's own inputs are hashed, and a collision only makes two events share a file, reported by the pipeline).
    private static func digest(_ bytes: [UInt8]) -> String {
        hex(FNV1a.hash(bytes), digits: 16)
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: digits - text.count) + text
    }
}
