import Diagnostics
import JSONCore

/// Where one product, lot or item came from: its origin lots with their mass shares, and the
/// steps between them.
public struct Trace: Sendable, Hashable {
    /// The traced identifier, as a canonical Digital Link (or as given when it is not GS1).
    public var id: String
    /// The origin lots, largest share first.
    public var origins: [TraceOrigin]
    /// Every event on the way from the origins to `id`, oldest first.
    public var steps: [TraceStep]
    /// The share of the mass traced to an origin (1 when nothing was lost on the way).
    public var tracedMassFraction: Double
    /// What the walk could not resolve: inputs without origin, cycles, mass gained, lots without certificates.
    public var diagnostics: [Diagnostic]

    public init(id: String, origins: [TraceOrigin], steps: [TraceStep], tracedMassFraction: Double, diagnostics: [Diagnostic]) {
        self.id = id
        self.origins = origins
        self.steps = steps
        self.tracedMassFraction = tracedMassFraction
        self.diagnostics = diagnostics
    }
}

/// One origin lot: where and by whom the fibre was first recorded, and its share of the traced item.
public struct TraceOrigin: Sendable, Hashable {
    /// The origin lot, as a canonical Digital Link.
    public var id: String
    /// The share of the traced item's mass that came from this lot, 0...1.
    public var massFraction: Double
    /// The ISO 3166 alpha-2 country of origin (ILMD `cbvmda:countryOfOrigin`), when given.
    public var country: String?
    /// The place the lot was commissioned (business location, else read point), a canonical Digital Link.
    public var location: String?
    /// The party that owns the lot (an owning-party source, else a party Digital Link in the ILMD).
    public var party: String?
    /// The region (an ILMD field named `aimag`, `region`, `province` or `subdivision`), when given.
    public var region: String?
    /// Certificate references: the commissioning event's `certificationInfo` and ILMD certificate fields.
    public var certificates: [String]
    /// All the lot's ILMD fields.
    public var ilmd: [ExtensionField]
    /// When the lot was commissioned.
    public var commissionedAt: EPCISTime?

    public init(id: String, massFraction: Double, country: String? = nil, location: String? = nil, party: String? = nil,
                region: String? = nil, certificates: [String] = [], ilmd: [ExtensionField] = [], commissionedAt: EPCISTime? = nil) {
        self.id = id
        self.massFraction = massFraction
        self.country = country
        self.location = location
        self.party = party
        self.region = region
        self.certificates = certificates
        self.ilmd = ilmd
        self.commissionedAt = commissionedAt
    }
}

/// One event on the way from the origins to the traced item.
public struct TraceStep: Sendable, Hashable {
    public var eventID: String?
    public var kind: EPCISEvent.Kind
    public var eventTime: EPCISTime
    public var eventTimeZoneOffset: String
    /// The CBV business step short name (`commissioning`, `shipping`) or a custom URI.
    public var bizStep: String?
    /// Where it happened: the business location, else the read point.
    public var location: String?
    /// Who it happened for: the owning party it went to, else the one it came from.
    public var party: String?
    /// What went in (transformations) or what the event was about.
    public var inputs: [QuantityElement]
    /// What came out (transformations, packing).
    public var outputs: [QuantityElement]
    /// Measurements taken, such as the mean fibre diameter (`Length`, `meanValue`, `4H` = micrometre).
    public var sensorReports: [SensorReport]

    public init(event: EPCISEvent) {
        eventID = event.eventID
        kind = event.kind
        eventTime = event.eventTime
        eventTimeZoneOffset = event.eventTimeZoneOffset
        bizStep = event.bizStep
        location = event.bizLocation ?? event.readPoint
        party = (event.destinationList + event.sourceList).first { $0.type == "owning_party" }?.id
        let single: (String) -> QuantityElement = { QuantityElement(epcClass: $0, quantity: JSONNumber(1)) }
        switch event.kind {
        case .transformationEvent:
            inputs = event.inputQuantityList + event.inputEPCList.map(single)
            outputs = event.outputQuantityList + event.outputEPCList.map(single)
        case .aggregationEvent, .associationEvent:
            inputs = event.quantityList + event.epcList.map(single)
            outputs = event.parentID.map { [single($0)] } ?? []
        case .objectEvent, .transactionEvent:
            inputs = event.quantityList + event.epcList.map(single)
            outputs = []
        }
        sensorReports = event.sensorElementList.flatMap(\.reports)
    }
}
