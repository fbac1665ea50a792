import Diagnostics

/// The standard fields of a sensor report and of its metadata, set by name from either syntax.
enum SensorFields {
    /// Sets the field `name` of `metadata` from `text`; `false` when there is no such standard field.
    static func set(_ name: String, _ text: String, on metadata: inout SensorMetadata, fields: inout EventFieldReader, at place: ValuePlace)
        -> Bool
    {
        switch name {
        case "time": metadata.time = fields.time(text, field: "sensorMetadata time", at: place)
        case "startTime": metadata.startTime = fields.time(text, field: "sensorMetadata startTime", at: place)
        case "endTime": metadata.endTime = fields.time(text, field: "sensorMetadata endTime", at: place)
        case "deviceID": metadata.deviceID = fields.identifier(text, field: "deviceID", at: place)
        case "deviceMetadata": metadata.deviceMetadata = fields.plain(text)
        case "rawData": metadata.rawData = fields.plain(text)
        case "dataProcessingMethod": metadata.dataProcessingMethod = fields.plain(text)
        case "bizRules": metadata.bizRules = fields.plain(text)
        default: return false
        }
        return true
    }

    /// Sets the field `name` of `report` from `text`; `false` when there is no such standard field.
    static func set(_ name: String, _ text: String, on report: inout SensorReport, fields: inout EventFieldReader, at place: ValuePlace)
        -> Bool
    {
        let field = "sensorReport \(name)"
        switch name {
        case "type": report.type = fields.vocabulary(text, .measurementType, at: place)
        case "exception": report.exception = fields.vocabulary(text, .sensorAlertType, at: place)
        case "value": report.value = fields.decimal(text, field: field, at: place)
        case "minValue": report.minValue = fields.decimal(text, field: field, at: place)
        case "maxValue": report.maxValue = fields.decimal(text, field: field, at: place)
        case "meanValue": report.meanValue = fields.decimal(text, field: field, at: place)
        case "sDev": report.sDev = fields.decimal(text, field: field, at: place)
        case "percRank": report.percRank = fields.decimal(text, field: field, at: place)
        case "percValue": report.percValue = fields.decimal(text, field: field, at: place)
        case "uom": report.uom = fields.plain(text)
        case "time": report.time = fields.time(text, field: field, at: place)
        case "component": report.component = fields.plain(text)
        case "stringValue": report.stringValue = text
        case "booleanValue": report.booleanValue = fields.boolean(text, field: field, at: place)
        case "hexBinaryValue": report.hexBinaryValue = fields.plain(text)
        case "uriValue": report.uriValue = fields.plain(text)
        case "deviceID": report.deviceID = fields.identifier(text, field: field, at: place)
        case "deviceMetadata": report.deviceMetadata = fields.plain(text)
        case "rawData": report.rawData = fields.plain(text)
        case "dataProcessingMethod": report.dataProcessingMethod = fields.plain(text)
        case "bizRules": report.bizRules = fields.plain(text)
        case "microorganism": report.microorganism = fields.plain(text)
        case "chemicalSubstance": report.chemicalSubstance = fields.plain(text)
        case "coordinateReferenceSystem": report.coordinateReferenceSystem = fields.plain(text)
        default: return false
        }
        return true
    }
}
