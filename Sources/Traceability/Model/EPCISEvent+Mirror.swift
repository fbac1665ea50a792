extension EPCISEvent: CustomReflectable {
    /// Every field by its EPCIS name, as if all were stored inline, so that `dump`, debuggers and
    /// field-by-field comparisons see the event rather than its out-of-line box.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "kind": kind, "eventID": eventID as Any, "eventTime": eventTime, "eventTimeZoneOffset": eventTimeZoneOffset,
                "recordTime": recordTime as Any, "action": action as Any, "bizStep": bizStep as Any,
                "disposition": disposition as Any, "readPoint": readPoint as Any, "bizLocation": bizLocation as Any,
                "epcList": epcList, "quantityList": quantityList, "parentID": parentID as Any,
                "inputEPCList": inputEPCList, "inputQuantityList": inputQuantityList,
                "outputEPCList": outputEPCList, "outputQuantityList": outputQuantityList,
                "transformationID": transformationID as Any, "ilmd": ilmd, "sourceList": sourceList,
                "destinationList": destinationList, "bizTransactionList": bizTransactionList,
                "sensorElementList": sensorElementList, "certificationInfo": certificationInfo,
                "persistentDisposition": persistentDisposition as Any, "errorDeclaration": errorDeclaration as Any,
                "extensions": extensions, "location": location,
            ], displayStyle: .struct)
    }
}
