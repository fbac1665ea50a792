import JSONCore
import Spooling

/// The byte form of an event's rare fields (see ``RareEventFields``), at the end of its record:
/// 0 when it has none, else 1 and each field in a fixed order. A sensor element's optional
/// texts, numbers (as their JSON text) and times are written in the order of the key-path
/// lists below; a time is a flag, then its seconds and nanoseconds.
///
/// The fields were kept in memory beside the records, a box an event; a programme's fibre tests
/// made a hundred thousand of them (65 MB at 100,000 lots), so they are written out with the rest.
extension EventRecordCoding {
    private static let metadataTimes = StoredPropertyList<SensorMetadata, EPCISTime?>([\.time, \.startTime, \.endTime])
    private static let metadataTexts = StoredPropertyList<SensorMetadata, String?>([
        \.deviceID, \.deviceMetadata, \.rawData, \.dataProcessingMethod, \.bizRules,
    ])
    private static let reportTexts = StoredPropertyList<SensorReport, String?>([
        \.type, \.exception, \.uom, \.component, \.stringValue, \.hexBinaryValue, \.uriValue, \.deviceID, \.deviceMetadata, \.rawData,
        \.dataProcessingMethod, \.bizRules, \.microorganism, \.chemicalSubstance, \.coordinateReferenceSystem,
    ])
    private static let reportNumbers = StoredPropertyList<SensorReport, JSONNumber?>([
        \.value, \.minValue, \.maxValue, \.meanValue, \.sDev, \.percRank, \.percValue,
    ])

    /// Appends `fields` (0 alone for none).
    static func appendRare(_ fields: RareEventFields?, to writer: inout RecordWriter) {
        guard let fields else { return writer.byte(0) }
        writer.byte(1)
        writer.optionalTime(fields.recordTime)
        writer.optionalString(fields.transformationID)
        writer.unsigned(UInt64(fields.bizTransactionList.count))
        for transaction in fields.bizTransactionList {
            writer.optionalString(transaction.type)
            writer.string(transaction.id)
        }
        writer.unsigned(UInt64(fields.sensorElementList.count))
        for element in fields.sensorElementList {
            metadataTimes.forEachValue(of: element.metadata) { writer.optionalTime($0) }
            metadataTexts.forEachValue(of: element.metadata) { writer.optionalString($0) }
            writer.fields(element.metadata.extensions)
            writer.unsigned(UInt64(element.reports.count))
            for report in element.reports {
                reportTexts.forEachValue(of: report) { writer.optionalString($0) }
                reportNumbers.forEachValue(of: report) { writer.optionalNumber($0) }
                writer.optionalTime(report.time)
                writer.byte(report.booleanValue.map { $0 ? 2 : 1 } ?? 0)
                writer.fields(report.extensions)
            }
            writer.fields(element.extensions)
        }
        writer.byte(fields.persistentDisposition == nil ? 0 : 1)
        if let disposition = fields.persistentDisposition {
            writer.strings(disposition.set)
            writer.strings(disposition.unset)
        }
        writer.byte(fields.errorDeclaration == nil ? 0 : 1)
        if let declaration = fields.errorDeclaration {
            writer.time(declaration.declarationTime)
            writer.optionalString(declaration.reason)
            writer.strings(declaration.correctiveEventIDs)
            writer.fields(declaration.extensions)
        }
        writer.fields(fields.extensions)
    }

    /// The rare fields `appendRare(_:to:)` wrote, in a box; `nil` for none.
    static func readRare(_ reader: inout RecordReader) -> RareEventFieldsBox? {
        guard reader.byte() != 0 else { return nil }
        var fields = RareEventFields()
        fields.recordTime = reader.optionalTime()
        fields.transformationID = reader.optionalString()
        fields.bizTransactionList = reader.list { BusinessTransaction(type: $0.optionalString(), id: $0.string()) }
        fields.sensorElementList = reader.list { reader in
            var metadata = SensorMetadata()
            // Only what is there is set (through a key path, which costs more than a read).
            for path in metadataTimes.paths { if let time = reader.optionalTime() { metadata[keyPath: path] = time } }
            for path in metadataTexts.paths { if let text = reader.optionalString() { metadata[keyPath: path] = text } }
            metadata.extensions = reader.fields()
            let reports = reader.list { reader in
                var report = SensorReport()
                for path in reportTexts.paths { if let text = reader.optionalString() { report[keyPath: path] = text } }
                for path in reportNumbers.paths {
                    if let number = reader.optionalString().flatMap({ JSONNumber(literal: $0) }) { report[keyPath: path] = number }
                }
                report.time = reader.optionalTime()
                let flag = reader.byte()
                report.booleanValue = flag == 0 ? nil : flag == 2
                report.extensions = reader.fields()
                return report
            }
            return SensorElement(metadata: metadata, reports: reports, extensions: reader.fields())
        }
        if reader.byte() != 0 { fields.persistentDisposition = PersistentDisposition(set: reader.strings(), unset: reader.strings()) }
        if reader.byte() != 0 {
            fields.errorDeclaration = ErrorDeclaration(
                declarationTime: reader.time(), reason: reader.optionalString(), correctiveEventIDs: reader.strings(), extensions: reader.fields())
        }
        fields.extensions = reader.fields()
        return RareEventFieldsBox(fields)
    }
}
