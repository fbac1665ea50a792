import Diagnostics

/// Which standard fields each event type may have, and which it must have.
enum EventRequirements {
    /// Fields every event type may have.
    private static let common = EPCISNameSet([
        .eventTime, .recordTime, .eventTimeZoneOffset, .eventID, .certificationInfo, .errorDeclaration,
        .bizStep, .disposition, .persistentDisposition, .readPoint, .bizLocation, .bizTransactionList,
        .sourceList, .destinationList, .sensorElementList,
    ])

    /// The standard fields an event of `kind` may have (names as both syntaxes spell them).
    static func allowedFields(_ kind: EPCISEvent.Kind) -> EPCISNameSet {
        switch kind {
        case .objectEvent: common.union(EPCISNameSet([.action, .epcList, .quantityList, .ilmd]))
        case .aggregationEvent, .associationEvent: common.union(EPCISNameSet([.action, .parentID, .childEPCs, .childQuantityList]))
        case .transactionEvent: common.union(EPCISNameSet([.action, .parentID, .epcList, .quantityList]))
        case .transformationEvent:
            common.union(EPCISNameSet([.inputEPCList, .inputQuantityList, .outputEPCList, .outputQuantityList, .transformationID, .ilmd]))
        }
    }

    /// The position of each standard element of `kind` in the XML schema's order, indexed by
    /// ``EPCISName`` raw value (`nil` for a name the schema does not give the event type).
    static func schemaPositions(_ kind: EPCISEvent.Kind) -> [Int?] {
        positionsByKind[EPCISEvent.Kind.allCases.firstIndex(of: kind)!]
    }

    private static let positionsByKind: [[Int?]] = EPCISEvent.Kind.allCases.map { kind in
        var positions = [Int?](repeating: nil, count: EPCISName.allCases.count)
        for (position, name) in schemaOrder(kind).enumerated() where positions[Int(name.rawValue)] == nil {
            positions[Int(name.rawValue)] = position
        }
        return positions
    }

    /// The order the EPCIS 2.0 XML schema gives the standard elements of `kind`.
    static func schemaOrder(_ kind: EPCISEvent.Kind) -> [EPCISName] {
        let common: [EPCISName] = [.eventTime, .recordTime, .eventTimeZoneOffset, .eventID, .errorDeclaration, .certificationInfo, .baseExtension]
        switch kind {
        case .objectEvent:
            return common + [
                .epcList, .action, .bizStep, .disposition, .readPoint, .bizLocation, .bizTransactionList, .quantityList,
                .sourceList, .destinationList, .sensorElementList, .persistentDisposition, .ilmd, .`extension`,
            ]
        case .aggregationEvent:
            return common + [
                .parentID, .childEPCs, .action, .bizStep, .disposition, .readPoint, .bizLocation, .bizTransactionList,
                .childQuantityList, .sourceList, .destinationList, .sensorElementList, .persistentDisposition, .`extension`,
            ]
        case .transactionEvent:
            return common + [
                .bizTransactionList, .parentID, .epcList, .action, .bizStep, .disposition, .readPoint, .bizLocation,
                .quantityList, .sourceList, .destinationList, .sensorElementList, .persistentDisposition, .`extension`,
            ]
        case .transformationEvent:
            return common + [
                .inputEPCList, .inputQuantityList, .outputEPCList, .outputQuantityList, .transformationID, .bizStep,
                .disposition, .readPoint, .bizLocation, .bizTransactionList, .sourceList, .destinationList, .sensorElementList,
                .persistentDisposition, .ilmd, .`extension`,
            ]
        case .associationEvent:
            return common + [
                .parentID, .childEPCs, .childQuantityList, .action, .bizStep, .disposition, .readPoint, .bizLocation,
                .bizTransactionList, .sourceList, .destinationList, .sensorElementList, .persistentDisposition, .`extension`,
            ]
        }
    }

    /// Reports what `event` lacks; `present` holds the standard fields the input had.
    static func check(_ event: EPCISEvent, present: EPCISNameSet, into reader: inout EventFieldReader) {
        let kind = event.kind.rawValue
        if !present.contains(.eventTimeZoneOffset) {
            reader.error(.required, "\(kind) has no eventTimeZoneOffset; add the local offset, such as +08:00", at: event.location)
        }
        if event.kind != .transformationEvent && !present.contains(.action) {
            reader.error(.required, "\(kind) has no action; add ADD, OBSERVE or DELETE", at: event.location)
        }
        switch event.kind {
        case .objectEvent:
            // An OBSERVE without objects is a reading at a place (a sensor report); ADD and DELETE need objects.
            if !present.contains(.epcList) && !present.contains(.quantityList) {
                let message = "ObjectEvent has neither epcList nor quantityList; name the objects it is about"
                if event.action == .observe {
                    reader.warning(.required, message, at: event.location)
                } else {
                    reader.error(.required, message, at: event.location)
                }
            }
        case .aggregationEvent:
            if event.parentID == nil && event.action != .observe {
                reader.error(
                    .required, "AggregationEvent with action \(event.action?.rawValue ?? "none") has no parentID; name the container",
                    at: event.location)
            }
        case .associationEvent:
            if event.parentID == nil {
                reader.error(.required, "AssociationEvent has no parentID; name the object the others are associated with", at: event.location)
            }
        case .transactionEvent:
            if event.bizTransactionList.isEmpty {
                reader.error(.required, "TransactionEvent has no bizTransactionList; name the business transaction", at: event.location)
            }
        case .transformationEvent:
            let hasInputs = !event.inputEPCList.isEmpty || !event.inputQuantityList.isEmpty
            let hasOutputs = !event.outputEPCList.isEmpty || !event.outputQuantityList.isEmpty
            if !hasInputs && !hasOutputs && event.transformationID == nil {
                reader.error(.required, "TransformationEvent has no inputs, no outputs and no transformationID", at: event.location)
            }
        }
        // List by list: joining them would make a new array for every event.
        func checkQuantities(_ list: [QuantityElement]) {
            for element in list {
                guard let quantity = element.quantity else { continue }
                if quantity.isNegative {
                    reader.error(.quantity, "quantity \(quantity) of \(element.epcClass) is negative", at: event.location)
                } else if !QuantityElement.isWithinRange(quantity) {
                    reader.error(
                        .quantity, "quantity \(quantity) of \(element.epcClass) is out of range: zero, or from 10^-9 to 10^12",
                        at: event.location)
                }
            }
        }
        checkQuantities(event.quantityList)
        checkQuantities(event.inputQuantityList)
        checkQuantities(event.outputQuantityList)
    }
}
