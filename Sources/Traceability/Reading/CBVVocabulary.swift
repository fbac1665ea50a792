/// The Core Business Vocabulary lists EPCIS values come from, and their normalisation.
///
/// A value may be written as a bare word (`shipping`), a URN
/// (`urn:epcglobal:cbv:bizstep:shipping`), a GS1 web URI
/// (`https://ref.gs1.org/cbv/BizStep-shipping`) or a CURIE the reader has already expanded.
/// All standard spellings become the bare word; any other URI is a custom value kept as is.
public enum CBVVocabulary: UInt8, Sendable, CaseIterable {
    case bizStep, disposition, businessTransactionType, sourceDestinationType, errorReason, measurementType, sensorAlertType

    /// The outcome of normalising one value.
    public enum Normalised: Sendable, Hashable {
        /// A value of the standard list, as its bare word.
        case standard(String)
        /// A URI outside the standard list: a company's own vocabulary.
        case custom(String)
        /// A bare word the standard does not define (a typo, or a missing namespace).
        case unknown(String)

        /// The value to store: the bare word, or the custom URI, or the unknown word as written.
        public var value: String {
            switch self {
            case .standard(let word), .custom(let word), .unknown(let word): word
            }
        }
    }

    /// `raw` in its normalised form.
    public func normalise(_ raw: String) -> Normalised {
        let text = raw.trimmingWhitespace()
        for prefix in prefixes where text.hasPrefix(prefix) {
            // A value in the standard's own namespace that the standard does not define.
            let word = String(text.dropFirst(prefix.count))
            return words.contains(word) ? .standard(word) : .unknown(word)
        }
        if words.contains(text) { return .standard(text) }
        return text.utf8.contains(UInt8(ascii: ":")) ? .custom(text) : .unknown(text)
    }

    /// A name for messages.
    public var fieldName: String {
        switch self {
        case .bizStep: "bizStep"
        case .disposition: "disposition"
        case .businessTransactionType: "business transaction type"
        case .sourceDestinationType: "source or destination type"
        case .errorReason: "error reason"
        case .measurementType: "sensor report type"
        case .sensorAlertType: "sensor exception"
        }
    }

    var prefixes: [String] {
        switch self {
        case .bizStep: ["urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-", "http://ref.gs1.org/cbv/BizStep-"]
        case .disposition: ["urn:epcglobal:cbv:disp:", "https://ref.gs1.org/cbv/Disp-", "http://ref.gs1.org/cbv/Disp-"]
        case .businessTransactionType: ["urn:epcglobal:cbv:btt:", "https://ref.gs1.org/cbv/BTT-", "http://ref.gs1.org/cbv/BTT-"]
        case .sourceDestinationType: ["urn:epcglobal:cbv:sdt:", "https://ref.gs1.org/cbv/SDT-", "http://ref.gs1.org/cbv/SDT-"]
        case .errorReason: ["urn:epcglobal:cbv:er:", "https://ref.gs1.org/cbv/ER-", "http://ref.gs1.org/cbv/ER-"]
        case .measurementType, .sensorAlertType:
            ["https://gs1.org/voc/", "http://gs1.org/voc/", "https://ref.gs1.org/voc/", "gs1:"]
        }
    }

    private var words: Set<String> {
        switch self {
        case .bizStep: Self.bizSteps
        case .disposition: Self.dispositions
        case .businessTransactionType:
            ["bol", "cert", "desadv", "inv", "pedigree", "po", "poc", "prodorder", "recadv", "rma", "testprd", "testres", "upevt"]
        case .sourceDestinationType: ["owning_party", "possessing_party", "location"]
        case .errorReason: ["did_not_occur", "incorrect_data"]
        case .measurementType: Self.measurementTypes
        case .sensorAlertType: ["ALARM_CONDITION", "ERROR_CONDITION"]
        }
    }

    private static let bizSteps: Set<String> = [
        "accepting", "arriving", "assembling", "collecting", "commissioning", "consigning", "creating_class_instance",
        "cycle_counting", "decommissioning", "departing", "destroying", "disassembling", "dispensing", "encoding",
        "entering_exiting", "holding", "inspecting", "installing", "killing", "loading", "other", "packing", "picking",
        "receiving", "removing", "repackaging", "repairing", "replacing", "reserving", "retail_selling", "shipping",
        "staging_outbound", "stock_taking", "stocking", "storing", "transporting", "unloading", "unpacking",
        "void_shipping", "sensor_reporting", "sampling",
    ]

    private static let dispositions: Set<String> = [
        "active", "container_closed", "damaged", "destroyed", "dispensed", "disposed", "encoded", "expired",
        "in_progress", "in_transit", "inactive", "no_pedigree_match", "non_sellable_other", "partially_dispensed",
        "recalled", "reserved", "retail_sold", "returned", "sellable_accessible", "sellable_not_accessible", "stolen",
        "unknown", "available", "completeness_verified", "completeness_inferred", "conformant", "container_open",
        "mismatch_instance", "mismatch_class", "mismatch_quantity", "needs_replacement", "non_conformant", "unavailable",
    ]

    private static let measurementTypes: Set<String> = [
        "AbsoluteHumidity", "AbsorbedDose", "AbsorbedDoseRate", "Acceleration", "Radioactivity", "Altitude",
        "AmountOfSubstance", "AmountOfSubstancePerUnitVolume", "Angle", "AngularAcceleration", "AngularMomentum",
        "AngularVelocity", "Area", "Capacitance", "Conductance", "Conductivity", "Count", "Density", "Dimensionless",
        "DoseEquivalent", "DoseEquivalentRate", "DynamicViscosity", "ElectricCharge", "ElectricCurrent",
        "ElectricCurrentDensity", "ElectricFieldStrength", "Energy", "Exposure", "Force", "Frequency", "Illuminance",
        "Inductance", "Irradiance", "KinematicViscosity", "Length", "LinearMomentum", "Luminance", "LuminousFlux",
        "LuminousIntensity", "MagneticFlux", "MagneticFluxDensity", "MagneticVectorPotential", "Mass",
        "MassConcentration", "MassFlowRate", "MassPerAreaTime", "MemoryCapacity", "MolalityOfSolute", "MolarEnergy",
        "MolarMass", "MolarVolume", "Power", "Pressure", "RadiantFlux", "RadiantIntensity", "RelativeHumidity",
        "Resistance", "Resistivity", "SolidAngle", "SpecificVolume", "Speed", "SurfaceDensity", "SurfaceTension",
        "Temperature", "Time", "Torque", "Voltage", "Volume", "VolumeFlowRate", "VolumeFraction", "VolumetricFlux",
        "Wavenumber",
    ]
}

/// XML's whitespace: space, tab, CR and LF.
enum XMLWhitespace {
    static func contains(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}

extension String {
    /// The string without leading and trailing XML whitespace (space, tab, CR, LF).
    func trimmingWhitespace() -> String {
        let bytes = utf8
        // Nearly every value has no surrounding space: two bytes tell.
        if let first = bytes.first, let last = bytes.last, !XMLWhitespace.contains(first) && !XMLWhitespace.contains(last) { return self }
        guard let first = bytes.firstIndex(where: { !XMLWhitespace.contains($0) }) else { return "" }
        let last = bytes.lastIndex(where: { !XMLWhitespace.contains($0) })!
        if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return self }
        return String(self[first...last])
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bytes without leading and trailing XML whitespace, as ``Swift/String/trimmingWhitespace()`` leaves a string.
    func trimmingWhitespace() -> UnsafeBufferPointer<UInt8> {
        var start = startIndex
        var end = endIndex
        while start < end, XMLWhitespace.contains(self[start]) { start += 1 }
        while end > start, XMLWhitespace.contains(self[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: self[start..<end])
    }
}
