/// The fields of an ``EPCISEvent`` that most events leave empty, kept together out of line.
///
/// A supply chain's events are mostly commissioning, shipping, receiving and transformations
/// that name objects, a time, a step and a place; sensor reports, error declarations,
/// persistent dispositions, transactions, certificates and extensions are rare. Keeping these in
/// one shared box (absent when all are empty) makes the common event about a third smaller,
/// which is what a million events held in a trace graph cost.
struct RareEventFields: Sendable, Hashable {
    var recordTime: EPCISTime?
    var transformationID: String?
    var sourceList: [PartyOrPlace] = []
    var destinationList: [PartyOrPlace] = []
    var bizTransactionList: [BusinessTransaction] = []
    var sensorElementList: [SensorElement] = []
    var certificationInfo: [String] = []
    var persistentDisposition: PersistentDisposition?
    var errorDeclaration: ErrorDeclaration?
    var extensions: [ExtensionField] = []
}

/// The copy-on-write box an event keeps its ``RareEventFields`` in.
///
/// Only ``EPCISEvent`` mutates it, and only after making sure it is the sole owner, so sharing
/// a box between events (and threads) never exposes a change.
final class RareEventFieldsBox: @unchecked Sendable {
    var fields: RareEventFields

    init(_ fields: RareEventFields) {
        self.fields = fields
    }
}
