import JSONCore

/// Sensor readings attached to an event, with the metadata they share.
public struct SensorElement: Sendable, Hashable {
    public var metadata: SensorMetadata
    public var reports: [SensorReport]
    /// Fields from other namespaces on the sensor element.
    public var extensions: [ExtensionField]

    public init(metadata: SensorMetadata = SensorMetadata(), reports: [SensorReport] = [], extensions: [ExtensionField] = []) {
        self.metadata = metadata
        self.reports = reports
        self.extensions = extensions
    }

    public static func == (lhs: SensorElement, rhs: SensorElement) -> Bool {
        lhs.metadata == rhs.metadata && lhs.reports == rhs.reports
            && ExtensionField.canonicalOrder(lhs.extensions) == ExtensionField.canonicalOrder(rhs.extensions)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(metadata)
        hasher.combine(reports)
    }
}

/// What is common to all reports of a sensor element: device, times, processing method.
public struct SensorMetadata: Sendable, Hashable {
    public var time: EPCISTime?
    public var startTime: EPCISTime?
    public var endTime: EPCISTime?
    public var deviceID: String?
    public var deviceMetadata: String?
    public var rawData: String?
    public var dataProcessingMethod: String?
    public var bizRules: String?
    /// Attributes from other namespaces.
    public var extensions: [ExtensionField]

    public init() { extensions = [] }

    public static func == (lhs: SensorMetadata, rhs: SensorMetadata) -> Bool {
        lhs.time == rhs.time && lhs.startTime == rhs.startTime && lhs.endTime == rhs.endTime
            && lhs.deviceID == rhs.deviceID && lhs.deviceMetadata == rhs.deviceMetadata && lhs.rawData == rhs.rawData
            && lhs.dataProcessingMethod == rhs.dataProcessingMethod && lhs.bizRules == rhs.bizRules
            && ExtensionField.canonicalOrder(lhs.extensions) == ExtensionField.canonicalOrder(rhs.extensions)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(time)
        hasher.combine(deviceID)
    }
}

/// One measurement: what was measured (`type`), the value and its unit, and its statistics.
public struct SensorReport: Sendable, Hashable {
    /// The measurement type as its GS1 Web Vocabulary short name (`Temperature`) or a custom URI.
    public var type: String?
    /// The alert type (`ALARM_CONDITION`, `ERROR_CONDITION`) as a short name, when the report is one.
    public var exception: String?
    public var value: JSONNumber?
    public var minValue: JSONNumber?
    public var maxValue: JSONNumber?
    public var meanValue: JSONNumber?
    public var sDev: JSONNumber?
    public var percRank: JSONNumber?
    public var percValue: JSONNumber?
    /// The UN/CEFACT Rec 20 unit of the numbers (`CEL`, `4H` for micrometre).
    public var uom: String?
    public var time: EPCISTime?
    public var component: String?
    public var stringValue: String?
    public var booleanValue: Bool?
    public var hexBinaryValue: String?
    public var uriValue: String?
    public var deviceID: String?
    public var deviceMetadata: String?
    public var rawData: String?
    public var dataProcessingMethod: String?
    public var bizRules: String?
    public var microorganism: String?
    public var chemicalSubstance: String?
    public var coordinateReferenceSystem: String?
    /// Attributes from other namespaces.
    public var extensions: [ExtensionField]

    public init() { extensions = [] }

    public static func == (lhs: SensorReport, rhs: SensorReport) -> Bool {
        lhs.comparable == rhs.comparable
            && ExtensionField.canonicalOrder(lhs.extensions) == ExtensionField.canonicalOrder(rhs.extensions)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        hasher.combine(value)
    }

    private var comparable: [String?] {
        [
            type, exception, value?.description, minValue?.description, maxValue?.description, meanValue?.description,
            sDev?.description, percRank?.description, percValue?.description, uom, time.map { "\($0)" }, component,
            stringValue, booleanValue.map { "\($0)" }, hexBinaryValue?.lowercased(), uriValue, deviceID, deviceMetadata,
            rawData, dataProcessingMethod, bizRules, microorganism, chemicalSubstance, coordinateReferenceSystem,
        ]
    }
}
