import Diagnostics

/// The rules the EPCIS readers check, in XML and JSON-LD alike.
///
/// Input that cannot be read at all, or does not parse as JSON or XML, is reported under
/// ``InputRule`` instead.
public enum EPCISRule: String, DiagnosticRule, CaseIterable {
    // The document
    case format = "EPCIS-FORMAT"
    case notADocument = "EPCIS-NOT-A-DOCUMENT"
    case noEvents = "EPCIS-NO-EVENTS"
    case noContext = "EPCIS-NO-CONTEXT"
    case xmlEncoding = "EPCIS-XML-ENCODING"
    case xmlDTD = "EPCIS-XML-DTD"
    case xmlEntity = "EPCIS-XML-ENTITY"
    case xmlDepth = "EPCIS-XML-DEPTH"
    case xmlElementOrder = "EPCIS-XML-ELEMENT-ORDER"
    // The fields of an event
    case unknownEventType = "EPCIS-UNKNOWN-EVENT-TYPE"
    case required = "EPCIS-REQUIRED"
    case unknownField = "EPCIS-UNKNOWN-FIELD"
    case extensionNamespace = "EPCIS-EXTENSION-NAMESPACE"
    case type = "EPCIS-TYPE"
    case time = "EPCIS-TIME"
    case timeZoneOffset = "EPCIS-TIMEZONE"
    case number = "EPCIS-NUMBER"
    case quantity = "EPCIS-QUANTITY"
    case identifier = "EPCIS-IDENTIFIER"
    case vocabulary = "EPCIS-VOCABULARY"
    case action = "EPCIS-ACTION"
    // The events together
    case timeOrder = "EPCIS-TIME-ORDER"
    case retractionWithoutID = "EPCIS-RETRACTION-WITHOUT-ID"
    case retracted = "EPCIS-RETRACTED"

    public static let module = "Traceability"

    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .xmlElementOrder, .timeOrder, .retractionWithoutID: .warning
        case .retracted: .note
        default: .error
        }
    }

    public var summary: String {
        switch self {
        case .format: "the file is an EPCIS 2.0 document in XML or JSON-LD, not empty"
        case .notADocument: "the root is an EPCISDocument, an EPCISQueryDocument or a single event"
        case .noEvents: "the document's body holds an event list"
        case .noContext: "a JSON-LD document has an @context that names the EPCIS 2.0 context"
        case .xmlEncoding: "the encoding an XML document declares is the one it is written in"
        case .xmlDTD: "an XML document has no DOCTYPE with an internal subset or an external DTD"
        case .xmlEntity: "an XML document holds no entity references beyond the predefined ones"
        case .xmlDepth: "elements nest at most \(XMLEventTreeBuilder.maxEventDepth) levels deep inside one XML event"
        case .xmlElementOrder: "the elements of an XML event follow the order of the EPCIS 2.0 XML schema"
        case .unknownEventType: "every event is an ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent or AssociationEvent"
        case .required: "every field EPCIS 2.0 requires of an event, or of a part of it, is present"
        case .unknownField: "every field outside a namespace is one EPCIS 2.0 defines for its element"
        case .extensionNamespace: "extension and ILMD fields are in a declared namespace"
        case .type: "every field has the type EPCIS 2.0 gives it (string, number, boolean, object, array)"
        case .time: "times are date-times with a time zone"
        case .timeZoneOffset: "eventTimeZoneOffset is an offset such as +08:00"
        case .number: "quantities and other numbers are decimal numbers within a double's range (about ±1.8e308)"
        case .quantity: "no quantity is negative, and none is larger than 10^12 or nearer zero than 10^-9 (except zero)"
        case .identifier: "identifiers are URIs, and the EPC URNs and GS1 Digital Links among them are valid"
        case .vocabulary: "business steps, dispositions and other vocabulary values are CBV words or URIs"
        case .action: "action is ADD, OBSERVE or DELETE"
        case .timeOrder: "no event uses an object before the event that creates it"
        case .retractionWithoutID: "an error declaration has the eventID of the event it retracts"
        case .retracted: "an event retracted by an error declaration is left out"
        }
    }
}
