/// The fields of an ``EPCISEvent`` that most events leave empty, kept together out of line.
///
/// A supply chain's events are mostly commissioning (often with a certificate), shipping and
/// receiving (with sources and destinations) and transformations; record times, sensor
/// reports, error declarations, persistent dispositions, transactions and extensions are rare.
/// Keeping the rare ones in one shared box (absent when all are empty) makes the common event
/// a quarter smaller, which is what a million events held in a trace graph cost. Fields that
/// many events have stay inline: a box costs more than it saves when it is usually there.
struct RareEventFields: Sendable, Hashable {
    var recordTime: EPCISTime?
    var transformationID: String?
    var bizTransactionList: [BusinessTransaction] = []
    var sensorElementList: [SensorElement] = []
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
