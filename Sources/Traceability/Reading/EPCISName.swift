/// The names of EPCIS's own fields and elements, as a small number to switch on.
///
/// Each case is spelled as EPCIS spells the name, in XML and in JSON-LD alike.
enum EPCISName: UInt8, CaseIterable {
    // Event fields, in both syntaxes.
    case eventTime, recordTime, eventTimeZoneOffset, eventID, certificationInfo, errorDeclaration
    case bizStep, disposition, persistentDisposition, readPoint, bizLocation, bizTransactionList
    case sourceList, destinationList, sensorElementList, action, epcList, quantityList, ilmd
    case parentID, childEPCs, childQuantityList, transformationID
    case inputEPCList, inputQuantityList, outputEPCList, outputQuantityList
    // XML wrappers and inner elements.
    case baseExtension, `extension`
    case epc, quantityElement, epcClass, quantity, uom, id, bizTransaction, source, destination
    case set, unset, declarationTime, reason, correctiveEventIDs
    case sensorElement, sensorMetadata, sensorReport

    /// The name as EPCIS spells it.
    var text: String { Self.spellings[Int(rawValue)] }

    /// The name spelled `text`, if EPCIS has one.
    init?(text: String) {
        guard let name = Self.bySpelling[text] else { return nil }
        self = name
    }

    private static let spellings = allCases.map { String(describing: $0) }
    private static let bySpelling = Dictionary(uniqueKeysWithValues: allCases.map { ($0.text, $0) })
}

/// A set of ``EPCISName``s, as bits.
struct EPCISNameSet {
    private var bits: UInt64 = 0

    init(_ names: [EPCISName] = []) {
        for name in names { insert(name) }
    }

    func contains(_ name: EPCISName) -> Bool {
        bits & (1 << UInt64(name.rawValue)) != 0
    }

    mutating func insert(_ name: EPCISName) {
        bits |= 1 << UInt64(name.rawValue)
    }

    func union(_ other: EPCISNameSet) -> EPCISNameSet {
        var result = self
        result.bits |= other.bits
        return result
    }
}
