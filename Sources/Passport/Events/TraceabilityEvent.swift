import JSONCore

/// One EPCIS event restated as a UNTP 0.7.0 lifecycle event: what a Digital Traceability Event
/// credential says, before any member name is spelled (``TraceabilityEventDocument`` does that).
public struct TraceabilityEvent: Sendable, Hashable {
    /// What happened to which products, and where.
    public enum Activity: Sendable, Hashable {
        /// `inputs` consumed (or packed) to make `outputs` at `facility`.
        case make(inputs: [EventProduct], outputs: [EventProduct], facility: Facility)
        /// `products` shipped or received between two facilities, with the transport's bill of lading.
        case move(products: [EventProduct], from: Facility, to: Facility, consignment: String?)
        /// `products` inspected, repaired or otherwise acted on at `facility`, keeping their identity.
        case modify(products: [EventProduct], facility: Facility)
    }

    /// The lifecycle event's own id: the EPCIS `eventID`, or for an event without one the id
    /// ``TraceabilityEventPath`` derives from its content.
    public var id: String
    /// The event in words, e.g. `Dehairing at Khangai dehairing and scouring plant`.
    public var name: String
    /// When it happened, in the local time the EPCIS event records (ISO 8601 with its offset).
    public var date: String
    /// The CBV business step, or the EPCIS event type when no step is recorded.
    public var activityType: Classification
    public var activity: Activity
    public var parties: [PartyRole]
    /// The certificates the event cites (`certificationInfo`).
    public var documents: [Link]
    /// What the event measured (sensor reports with a value and a unit).
    public var sensorData: [SensorData]

    /// The lifecycle event type the activity makes it.
    public var kind: LifecycleEventKind {
        switch activity {
        case .make: .make
        case .move: .move
        case .modify: .modify
        }
    }
}

extension TraceabilityEvent {
    /// A product, lot, item or logistic unit the event names, with its amount and its state after the event.
    public struct EventProduct: Sendable, Hashable {
        /// What the identifier identifies: a product (`model`), a lot (`batch`) or one item (`item`).
        public enum Granularity: String, Sendable, Hashable {
            case model, batch, item
        }

        /// The identifier as the event gives it (a canonical Digital Link for GS1 keys).
        public var id: String
        public var name: String
        public var granularity: Granularity
        public var batchNumber: String?
        public var itemNumber: String?
        public var quantity: Measure?
        public var status: ProductStatus?
    }

    /// A place by its identifier (a GLN Digital Link), with its name.
    public struct Facility: Sendable, Hashable {
        public var id: String
        public var name: String
        /// The GLN.
        public var registeredID: String?
    }

    /// A party by its identifier (a GLN Digital Link), with its name.
    public struct Party: Sendable, Hashable {
        public var id: String
        public var name: String
        /// The GLN.
        public var registeredID: String?
    }

    /// A party and what it did in the event: a value of UNTP's `PartyRole` code list.
    public struct PartyRole: Sendable, Hashable {
        /// `producer`, `manufacturer`, `consignor`, `consignee`, `inspector`, `operator`...
        public var role: String
        public var party: Party
    }

    /// A code from a named scheme.
    public struct Classification: Sendable, Hashable {
        public var code: String
        public var name: String
        public var schemeID: String
        public var schemeName: String
    }

    /// An amount with its UN/ECE Recommendation 20 unit code (`KGM`, `H87`, `4H`).
    public struct Measure: Sendable, Hashable {
        public var value: JSONNumber
        public var unit: String
    }

    /// A document the event rests on.
    public struct Link: Sendable, Hashable {
        public var url: String
        public var name: String
    }

    /// Readings of one metric.
    public struct SensorData: Sendable, Hashable {
        /// The metric's identifier (a GS1 Web Vocabulary measurement type) and its name.
        public var metricID: String
        public var metricName: String
        public var measures: [Measure]
    }
}
