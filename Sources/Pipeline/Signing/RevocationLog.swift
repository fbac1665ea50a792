import JSONCore
import Rendering

/// The record of a site's revocations, published beside its status list for auditors:
/// `status/revocations.json`, which lot was revoked, its index, when and why.
public struct RevocationLog: Sendable, Hashable {
    /// Where the log is, below the site root.
    public static let sitePath = ["status", "revocations.json"]

    /// One revocation.
    public struct Entry: Sendable, Hashable {
        /// The lot's canonical Digital Link.
        public var id: String
        public var index: Int
        /// The date of the revocation (`YYYY-MM-DD`).
        public var date: String
        public var reason: String?
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// The log in `bytes` (the file's contents); `nil` when it is not a log this type wrote.
    public init?(parsing bytes: [UInt8]) {
        guard let list = try? JSONParser().parse(bytes)["revocations"]?.arrayValue else { return nil }
        for value in list {
            guard let id = value["id"]?.stringValue, let index = value["index"]?.numberValue?.intValue, let date = value["date"]?.stringValue
            else { return nil }
            entries.append(Entry(id: id, index: index, date: date, reason: value["reason"]?.stringValue))
        }
    }

    /// Records that `id` (at `index`) was revoked on `date`, for `reason`.
    public mutating func record(id: String, index: Int, date: String, reason: String?) {
        entries.append(Entry(id: id, index: index, date: date, reason: reason))
    }

    /// The log as a site file.
    public var file: SiteFile {
        let values: [JSONValue] = entries.map { entry in
            var object: JSONObject = ["id": .string(entry.id), "index": .number(JSONNumber(entry.index)), "date": .string(entry.date)]
            if let reason = entry.reason { object["reason"] = .string(reason) }
            return .object(object)
        }
        return SiteFile(path: Self.sitePath, bytes: JSONWriter(pretty: true).bytes(["revocations": .array(values)]))
    }
}
