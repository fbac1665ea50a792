import JSONCore

/// Where a value was read in its document: the line of an XML element or the pointer of a JSON value.
///
/// Cheaper to hand along with every value than a ``SourceLocation`` (which holds strings):
/// ``EventFieldReader`` makes the location, with its document's name, only when it has
/// something to report there.
enum ValuePlace {
    case line(Int32)
    case pointer(JSONPointer)
}
