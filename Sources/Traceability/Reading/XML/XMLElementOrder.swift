/// How an XML event's standard elements out of the EPCIS 2.0 schema's order are reported.
///
/// The schema fixes an order; readers, including GS1's, accept any. OpenEPCIS's corpus holds
/// both a valid document with its fields out of order (`JumbledFieldsOrder.xml`, for lenient
/// readers) and an invalid one whose only fault is the order, so both kinds of check exist.
public enum XMLElementOrder: Sendable {
    /// Out of order is a warning (`EPCIS-XML-ELEMENT-ORDER`): the document is read as written.
    case lenient
    /// Out of order is an error, as a schema validator would report it.
    case strict
}
