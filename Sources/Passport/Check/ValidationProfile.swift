import JSONCore
import JSONSchema
import TextileResources

/// What a buyer or a market checks passports against: JSON Schemas, rule packs and thresholds.
///
/// The built-in profiles are files in `Schemas/profiles/`; a buyer's own profile file has the
/// same form (see `Schemas/profiles/eu-textile.json`): `name`; either `schema`, one schema for
/// passports of every UNTP version, or `schemas`, one per version (`{"0.6.1": ..., "0.7.0": ...}`),
/// each a file of `Schemas/` or a path relative to the profile (`schema` may be null);
/// `rulePacks` (ids of ``RulePack/all``) and `thresholds` (members of ``ProfileThresholds``).
public struct ValidationProfile: Sendable {
    public var name: String
    public var summary: String
    /// The schemas passports must satisfy, as the profile names them, if any.
    public var schemas: VersionedSchemas<String>?
    public var packs: [RulePack]
    public var thresholds: ProfileThresholds

    /// The names of the profiles built in (`Schemas/profiles/<name>.json`).
    public static let builtInNames = ["eu-textile", "untp", "us-cashmere", "responsible-nomads"]

    /// The built-in profile called `name`.
    public static func builtIn(_ name: String) throws(ProfileError) -> ValidationProfile {
        guard builtInNames.contains(name), let bytes = EmbeddedResources.profiles[name + ".json"] else {
            throw ProfileError("no built-in profile '\(name)'; the built-in profiles are \(builtInNames.joined(separator: ", "))")
        }
        return try ValidationProfile(bytes: bytes)
    }

    /// The profile in `bytes` (a profile file's contents).
    public init(bytes: [UInt8]) throws(ProfileError) {
        let document: JSONValue
        do { document = try JSONParser().parse(bytes) } catch {
            throw ProfileError("not valid JSON at line \(error.line), column \(error.column): \(error.message)")
        }
        try self.init(document: document)
    }

    /// The profile described by `document`.
    public init(document: JSONValue) throws(ProfileError) {
        guard let object = document.objectValue else { throw ProfileError("a profile is a JSON object", at: JSONPointer()) }
        let known: Set<String> = ["$comment", "name", "summary", "schema", "schemas", "rulePacks", "thresholds"]
        if let unknown = object.keys.first(where: { !known.contains($0) }) {
            throw ProfileError(
                "unknown member '\(unknown)'; a profile has \(known.sorted().joined(separator: ", "))", at: JSONPointer(tokens: [unknown]))
        }
        guard let name = object["name"]?.stringValue, !name.isEmpty else {
            throw ProfileError("the profile needs a 'name'", at: JSONPointer(tokens: ["name"]))
        }
        self.name = name
        summary = object["summary"]?.stringValue ?? ""
        schemas = try Self.schemas(object)
        guard let packIDs = object["rulePacks"]?.arrayValue else {
            throw ProfileError("the profile needs 'rulePacks', an array of pack ids", at: JSONPointer(tokens: ["rulePacks"]))
        }
        var packs: [RulePack] = []
        for (index, value) in packIDs.enumerated() {
            guard let id = value.stringValue, let pack = RulePack.named(id) else {
                throw ProfileError(
                    "unknown rule pack \(value); the packs are \(RulePack.all.map(\.id).joined(separator: ", "))",
                    at: JSONPointer(tokens: ["rulePacks", String(index)]))
            }
            packs.append(pack)
        }
        self.packs = packs
        let thresholdsPointer = JSONPointer(tokens: ["thresholds"])
        switch object["thresholds"] {
        case nil: thresholds = ProfileThresholds()
        case .object(let members)?: thresholds = try ProfileThresholds(overriding: members, at: thresholdsPointer)
        default: throw ProfileError("'thresholds' is an object", at: thresholdsPointer)
        }
    }

    /// The schemas `profile` names: its `schema` or its `schemas`, which it may not both give.
    private static func schemas(_ profile: JSONObject) throws(ProfileError) -> VersionedSchemas<String>? {
        switch (profile["schema"], profile["schemas"]) {
        case (nil, nil), (.null?, nil): return nil
        case (.string(let reference)?, nil): return .every(reference)
        case (_?, nil): throw ProfileError("'schema' is a file name or null", at: JSONPointer(tokens: ["schema"]))
        case (nil, .object(let members)?):
            var references: [UNTPVersion: String] = [:]
            for (key, value) in members {
                guard let version = UNTPVersion(rawValue: key) else {
                    throw ProfileError(
                        "'\(key)' is not a UNTP version dpp reads (\(PassportDocumentRule.versions))", at: JSONPointer(tokens: ["schemas", key]))
                }
                guard let reference = value.stringValue else {
                    throw ProfileError("a schema is a file name", at: JSONPointer(tokens: ["schemas", key]))
                }
                references[version] = reference
            }
            return .byVersion(references)
        case (nil, _?): throw ProfileError("'schemas' maps UNTP versions to file names", at: JSONPointer(tokens: ["schemas"]))
        case (_?, _?): throw ProfileError("give 'schema' or 'schemas', not both", at: JSONPointer(tokens: ["schemas"]))
        }
    }

    /// Every rule of the profile's packs, in pack order.
    public var rules: [PassportRule] { packs.flatMap(\.rules) }

    /// The schema `reference` names when it is a file of `Schemas/` embedded in the binary.
    public static func embeddedSchema(_ reference: String) -> [UInt8]? { EmbeddedResources.schemas[reference] }
}
