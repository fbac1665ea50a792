import Passport
import Spreadsheets

/// The names step rows may use instead of numbers: facilities and parties by name (to their
/// GLNs) and certificates by number (to their URIs), taken from the catalogue.
///
/// Names are compared without regard to case or surrounding spaces. Without a catalogue the
/// directory is empty, and rows must give GLNs and certificate URIs.
public struct StepDirectory: Sendable {
    private var facilities: [String: String] = [:]
    private var parties: [String: String] = [:]
    private var certificates: [String: String] = [:]

    /// The empty directory: no names are known.
    public init() {}

    /// The facilities, parties and certificates of `catalog`.
    public init(catalog: Catalog) {
        for facility in catalog.facilities { facilities[Self.key(facility.name)] = facility.gln }
        for party in catalog.parties { parties[Self.key(party.name)] = party.gln }
        for certificate in catalog.certificates { certificates[Self.key(certificate.number)] = certificate.id }
    }

    /// The GLN of the facility named `name`.
    func facilityGLN(named name: String) -> String? { facilities[Self.key(name)] }

    /// The GLN of the party named `name`.
    func partyGLN(named name: String) -> String? { parties[Self.key(name)] }

    /// The URI of the certificate numbered `number`.
    func certificateURI(number: String) -> String? { certificates[Self.key(number)] }

    /// Whether the directory knows no names at all (no catalogue was given).
    var isEmpty: Bool { facilities.isEmpty && parties.isEmpty && certificates.isEmpty }

    private static func key(_ name: String) -> String { name.trimmingCellWhitespace.lowercased() }
}
