/// The schemas passports are checked against: one for passports of every UNTP version, or one
/// per version, so that a profile checks each passport against its version's schema.
public enum VersionedSchemas<Schema: Sendable>: Sendable {
    /// One schema, whatever the version (a profile's `schema`).
    case every(Schema)
    /// A schema per version (a profile's `schemas`); a passport of a version not named, or of
    /// no known version, is checked by the rules alone.
    case byVersion([UNTPVersion: Schema])

    /// The schema for a passport of `version` (`nil` when its version is unknown).
    public func schema(for version: UNTPVersion?) -> Schema? {
        switch self {
        case .every(let schema): schema
        case .byVersion(let schemas): version.flatMap { schemas[$0] }
        }
    }

    /// The same schemas, each replaced by `transform`'s value.
    public func map<Other, Failure>(_ transform: (Schema) throws(Failure) -> Other) throws(Failure) -> VersionedSchemas<Other> {
        switch self {
        case .every(let schema): return .every(try transform(schema))
        case .byVersion(let schemas):
            var transformed: [UNTPVersion: Other] = [:]
            for (version, schema) in schemas { transformed[version] = try transform(schema) }
            return .byVersion(transformed)
        }
    }
}

extension VersionedSchemas: Equatable where Schema: Equatable {}
