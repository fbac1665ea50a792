import JSONCore

extension StatusAllocation {
    /// The allocation file's bytes: pretty-printed JSON ending in a newline, `indexes` in the
    /// order of the indexes.
    public var fileBytes: [UInt8] {
        let ordered = indexes.sorted { $0.value < $1.value }.map { ($0.key, JSONValue(integerLiteral: $0.value)) }
        let file: JSONValue = ["statusListLength": JSONValue(integerLiteral: statusListLength), "indexes": .object(JSONObject(ordered))]
        return JSONWriter(pretty: true).bytes(file)
    }

    /// The allocation a file holds.
    ///
    /// Reading is strict, since a wrong index would give one lot's status to another: exactly
    /// the members `statusListLength` and `indexes`, each id non-empty, each index an integer
    /// inside the list, no index twice.
    /// - Throws: ``StatusAllocationError/malformed(_:)``, whose message says why the site cannot
    ///   be regenerated safely without the file.
    public init(parsing bytes: some Collection<UInt8>) throws(StatusAllocationError) {
        let file: JSONValue
        do {
            file = try JSONParser().parse(bytes)
        } catch {
            throw .malformed("it is not JSON (\(error))")
        }
        guard case .object(let members) = file else { throw .malformed("it is \(file.typeName), not an object") }
        guard Set(members.keys) == ["statusListLength", "indexes"] else {
            throw .malformed("it must have exactly the members statusListLength and indexes, not \(members.keys.joined(separator: ", "))")
        }
        guard let length = members["statusListLength"]?.numberValue?.intValue, BitstringStatusList.isValidLength(length) else {
            throw .malformed("statusListLength is not a status list length (a multiple of 8 of at least \(BitstringStatusList.minimumLength))")
        }
        guard case .object(let entries)? = members["indexes"] else { throw .malformed("indexes is not an object") }
        var indexes: [String: Int] = [:]
        var owners: [Int: String] = [:]
        for (id, value) in entries {
            guard !id.isEmpty else { throw .malformed("an id is empty") }
            guard let index = value.numberValue?.intValue, (0..<length).contains(index) else {
                throw .malformed("the index of \(id) is not an integer from 0 to \(length - 1)")
            }
            if let owner = owners[index] { throw .malformed("index \(index) is given to both \(owner) and \(id)") }
            owners[index] = id
            indexes[id] = index
        }
        self.init(checkedLength: length, indexes: indexes)
    }
}
