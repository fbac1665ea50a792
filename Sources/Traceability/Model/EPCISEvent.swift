import Diagnostics
import JSONCore

/// One EPCIS 2.0 event, read from XML or JSON-LD into the same typed form.
///
/// Identifiers are canonical (see ``IdentifierNormalizer``) and vocabulary values are the
/// short CBV names (see ``CBVVocabulary``), so events from either syntax compare equal.
/// The source location is kept for diagnostics and does not take part in equality.
public struct EPCISEvent: Sendable, Hashable {
    /// The five EPCIS 2.0 event types.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case objectEvent = "ObjectEvent"
        case aggregationEvent = "AggregationEvent"
        case transactionEvent = "TransactionEvent"
        case transformationEvent = "TransformationEvent"
        case associationEvent = "AssociationEvent"
    }

    /// What an event does to its objects' lifecycle or relationship.
    public enum Action: String, Sendable, Hashable, CaseIterable {
        case add = "ADD"
        case observe = "OBSERVE"
        case delete = "DELETE"
    }

    /// The event's identifier (`eventID`), when given.
    public var eventID: String?
    /// The local offset the event happened in, such as `+08:00`.
    public var eventTimeZoneOffset: String
    /// A CBV business step as its short name (`shipping`), or the URI of a custom one.
    public var bizStep: String?
    /// A CBV disposition as its short name (`in_transit`), or the URI of a custom one.
    public var disposition: String?
    public var readPoint: String?
    public var bizLocation: String?
    /// `epcList` of object and transaction events, `childEPCs` of aggregation and association events.
    public var epcList: [String]
    /// `quantityList`, or `childQuantityList` of aggregation and association events.
    public var quantityList: [QuantityElement]
    /// The container of aggregation, association and transaction events.
    public var parentID: String?
    public var inputEPCList: [String]
    public var inputQuantityList: [QuantityElement]
    public var outputEPCList: [String]
    public var outputQuantityList: [QuantityElement]
    /// Instance/lot master data given when objects are created.
    public var ilmd: [ExtensionField]
    public var sourceList: [PartyOrPlace]
    public var destinationList: [PartyOrPlace]
    /// References (URIs) to certificates that back claims about the objects.
    public var certificationInfo: [String]
    /// Where the event starts in its file: a line for XML, a JSON Pointer for JSON.
    public var location: SourceLocation {
        get { storedLocation.sourceLocation }
        set {
            var origins = EventSourceLocation.Origins()
            storedLocation = EventSourceLocation(newValue, origins: &origins)
        }
    }
    /// The location in its compact form (see ``EventSourceLocation``).
    var storedLocation: EventSourceLocation
    /// The rarely used fields (see ``RareEventFields``); nil while all of them are empty.
    var rare: RareEventFieldsBox?
    // The small fields last, together, so that they share one padded word (the struct is
    // stored a million times in a large export).
    public var eventTime: EPCISTime
    public var kind: Kind
    /// Absent for transformation events.
    public var action: Action?

    /// An event of `kind` at `eventTime` with every list empty.
    public init(kind: Kind, eventTime: EPCISTime, eventTimeZoneOffset: String, location: SourceLocation) {
        var origins = EventSourceLocation.Origins()
        self.init(kind: kind, eventTime: eventTime, eventTimeZoneOffset: eventTimeZoneOffset, location: location, origins: &origins)
    }

    /// An event as above, its location's file and list pointer shared through `origins` with the
    /// other events of its document.
    init(kind: Kind, eventTime: EPCISTime, eventTimeZoneOffset: String, location: SourceLocation, origins: inout EventSourceLocation.Origins) {
        self.kind = kind
        self.eventTime = eventTime
        self.eventTimeZoneOffset = eventTimeZoneOffset
        storedLocation = EventSourceLocation(location, origins: &origins)
        epcList = []
        quantityList = []
        inputEPCList = []
        inputQuantityList = []
        outputEPCList = []
        outputQuantityList = []
        ilmd = []
        sourceList = []
        destinationList = []
        certificationInfo = []
    }

    public static func == (lhs: EPCISEvent, rhs: EPCISEvent) -> Bool {
        lhs.content == rhs.content
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(content)
    }

    /// Everything but the source location: what equality compares.
    private var content: EventContent {
        EventContent(
            kind: kind, eventID: eventID, eventTime: eventTime, eventTimeZoneOffset: eventTimeZoneOffset,
            recordTime: recordTime, action: action, bizStep: bizStep, disposition: disposition,
            readPoint: readPoint, bizLocation: bizLocation, epcList: epcList, quantityList: quantityList,
            parentID: parentID, inputEPCList: inputEPCList, inputQuantityList: inputQuantityList,
            outputEPCList: outputEPCList, outputQuantityList: outputQuantityList,
            transformationID: transformationID, ilmd: ExtensionField.canonicalOrder(ilmd),
            sourceList: sourceList, destinationList: destinationList, bizTransactionList: bizTransactionList,
            sensorElementList: sensorElementList, certificationInfo: certificationInfo,
            persistentDisposition: persistentDisposition, errorDeclaration: errorDeclaration,
            extensions: ExtensionField.canonicalOrder(extensions)
        )
    }
}

/// The compared part of an ``EPCISEvent``; extension fields in canonical order.
private struct EventContent: Hashable {
    var kind: EPCISEvent.Kind
    var eventID: String?
    var eventTime: EPCISTime
    var eventTimeZoneOffset: String
    var recordTime: EPCISTime?
    var action: EPCISEvent.Action?
    var bizStep: String?
    var disposition: String?
    var readPoint: String?
    var bizLocation: String?
    var epcList: [String]
    var quantityList: [QuantityElement]
    var parentID: String?
    var inputEPCList: [String]
    var inputQuantityList: [QuantityElement]
    var outputEPCList: [String]
    var outputQuantityList: [QuantityElement]
    var transformationID: String?
    var ilmd: [ExtensionField]
    var sourceList: [PartyOrPlace]
    var destinationList: [PartyOrPlace]
    var bizTransactionList: [BusinessTransaction]
    var sensorElementList: [SensorElement]
    var certificationInfo: [String]
    var persistentDisposition: PersistentDisposition?
    var errorDeclaration: ErrorDeclaration?
    var extensions: [ExtensionField]
}
