import JSONCore

/// The JSON-LD document of one UNTP version, seen as a ``Passport``: how a passport is written,
/// how any document of the version is read back, and where each field stands in it.
///
/// Every member name of the version is spelled in its view and nowhere else, so that a new
/// UNTP version is one more view, not edits all over the rule packs.
public protocol PassportDocumentView: Sendable {
    /// `passport` as a document of this version, members in a fixed order.
    func encode(_ passport: Passport) -> JSONValue

    /// What `document` says. Tolerant: a member that is missing or of the wrong type reads as
    /// `nil` or empty, and an array element of the wrong type keeps its place as an empty element.
    func decode(_ document: JSONValue) -> Passport

    /// Where `field` stands in a document of this version.
    func pointer(to field: PassportField) -> JSONPointer
}
