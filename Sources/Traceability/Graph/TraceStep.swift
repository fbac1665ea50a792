import JSONCore

/// One event on the way from the origins to the traced item.
public struct TraceStep: Sendable, Hashable {
    /// The event's number in the graph that traced it: how a later stage reads the whole event.
    public var eventNumber: TraceGraph.EventNumber
    public var eventID: String?
    public var kind: EPCISEvent.Kind
    public var eventTime: EPCISTime
    public var eventTimeZoneOffset: String
    /// The CBV business step short name (`commissioning`, `shipping`) or a custom URI.
    public var bizStep: String?
    /// The process the event records (`dehairing`, `spinning`...): the textile ILMD `process`, when given.
    public var process: String?
    /// Where it happened: the business location, else the read point.
    public var location: String?
    /// Who it happened for: the owning party it went to, else the one it came from.
    public var party: String?
    /// What went in (transformations) or what the event was about.
    public var inputs: [QuantityElement]
    /// What came out (transformations, packing).
    public var outputs: [QuantityElement]
    /// The event's ILMD fields: master data of the lots or items it creates.
    public var ilmd: [ExtensionField]
    /// Measurements taken, such as the mean fibre diameter (`Length`, `meanValue`, `4H` = micrometre).
    public var sensorReports: [SensorReport]
    /// How the measurements were made: the `dataProcessingMethod` of the first sensor element's
    /// metadata, such as a test method's URI.
    public var dataProcessingMethod: String?

    /// The step of `event`, numbered `number` in its graph.
    public init(event: EPCISEvent, number: TraceGraph.EventNumber) {
        eventNumber = number
        eventID = event.eventID
        kind = event.kind
        eventTime = event.eventTime
        eventTimeZoneOffset = event.eventTimeZoneOffset
        bizStep = event.bizStep
        process = event.textileProcess
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
        ilmd = event.ilmd
        sensorReports = event.sensorElementList.flatMap(\.reports)
        dataProcessingMethod = event.sensorElementList.first?.metadata.dataProcessingMethod
    }
}
