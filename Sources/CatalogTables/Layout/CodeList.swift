import JSONCore
import TextileResources

/// The values a column's drop-down offers: the catalogue schema's enumerations (closed: no other
/// value is valid) and the project's own lists of names (fibres, processes, care symbols, units).
public enum CodeList: String, Sendable, Hashable, CaseIterable {
    /// The keys of `Schemas/fibre-names.json`, the only fibre names the textile rules know.
    case fibreNames
    /// The processes of `Schemas/facility-processes.json`, by which a facility is classed.
    case facilityProcesses
    case partyRoles
    case componentKinds
    case claimKinds
    case excludedFibreRoles
    case conformityTopics
    case livestockSpecies
    case recoveryClasses
    /// What one kg of a declared emissions intensity is: raw or dehaired fibre.
    case emissionsBases
    /// ISO 3758 care symbols in the project's spelling (`hand-wash-30`); the schema allows others.
    case careSymbols
    /// Units of durability results; the schema allows any text.
    case durabilityUnits

    /// Whether the list is every value the schema accepts (an enumeration), not a suggestion.
    public var isClosed: Bool {
        switch self {
        case .fibreNames, .partyRoles, .componentKinds, .claimKinds, .excludedFibreRoles, .conformityTopics, .livestockSpecies, .recoveryClasses,
            .emissionsBases:
            true
        case .facilityProcesses, .careSymbols, .durabilityUnits: false
        }
    }

    /// The values, in the order the drop-down shows them.
    public var values: [String] {
        switch self {
        case .fibreNames: Self.memberNames(of: "fibre-names.json", at: "/fibres")
        case .facilityProcesses:
            Self.memberNames(of: "facility-processes.json", at: "/processes")
                + Self.strings(of: "facility-processes.json", at: "/fibreHarvesting/processes")
        case .partyRoles: Self.strings(of: "catalog.schema.json", at: "/$defs/party/properties/role/enum")
        case .componentKinds: Self.strings(of: "catalog.schema.json", at: "/$defs/component/properties/kind/enum")
        case .claimKinds: Self.strings(of: "catalog.schema.json", at: "/$defs/claim/properties/kind/enum")
        case .excludedFibreRoles:
            Self.strings(of: "catalog.schema.json", at: "/$defs/product/properties/excludedFibres/items/properties/role/enum")
        case .conformityTopics: Self.strings(of: "catalog.schema.json", at: "/$defs/certificate/properties/conformityTopic/enum")
        case .livestockSpecies: Self.strings(of: "catalog.schema.json", at: "/$defs/herderOrganisation/properties/herd/items/properties/species/enum")
        case .recoveryClasses:
            Self.strings(
                of: "catalog.schema.json", at: "/$defs/herderOrganisation/properties/rangelandMonitoring/items/properties/recoveryClass/enum")
        case .emissionsBases: Self.strings(of: "catalog.schema.json", at: "/$defs/emissionsDeclaration/properties/intensityBasis/enum")
        case .careSymbols:
            [
                "machine-wash-30", "machine-wash-40", "hand-wash-30", "do-not-wash", "do-not-bleach", "tumble-dry-low", "do-not-tumble-dry",
                "dry-flat", "line-dry", "iron-low", "iron-medium", "do-not-iron", "dry-clean-p", "dry-clean-f", "do-not-dry-clean", "wet-clean",
            ]
        case .durabilityUnits: ["grade (1-5)", "rubs", "%", "cycles", "N", "kPa"]
        }
    }

    /// The member names of the object at `pointer` in the embedded schema file `file`.
    private static func memberNames(of file: String, at pointer: String) -> [String] {
        document(file).flatMap { JSONPointer(pointer)?.resolve(in: $0)?.objectValue?.keys } ?? []
    }

    /// The strings of the array at `pointer` in the embedded schema file `file`.
    private static func strings(of file: String, at pointer: String) -> [String] {
        document(file).flatMap { JSONPointer(pointer)?.resolve(in: $0)?.arrayValue?.compactMap(\.stringValue) } ?? []
    }

    private static func document(_ file: String) -> JSONValue? {
        EmbeddedResources.schemas[file].flatMap { try? JSONParser().parse($0) }
    }
}
