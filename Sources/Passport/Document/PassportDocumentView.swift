import JSONCore

/// The JSON-LD document of one UNTP version, seen as a ``Passport``: how a passport is written,
/// how any document of the version is read back, and where each field stands in it.
///
/// Every member name of the version is spelled in its view and nowhere else, so that a new
/// UNTP version is one more view, not edits all over the rule packs.
public protocol PassportDocumentView: Sendable {
    /// `passport` as a document of this version, members in a fixed order.
    func encode(_ passport: Passport) -> JSONValue

    /// What `document`, read in place on its tape, says. Tolerant: a member that is missing or of
    /// the wrong type reads as `nil` or empty, and an array element of the wrong type keeps its
    /// place as an empty element.
    func decode(_ document: JSONTapeValue) -> Passport

    /// Where `field` stands in `document`, a document of this version (some versions place a
    /// value by what the document holds, such as a party by its role).
    func pointer(to field: PassportField, in document: JSONValue) -> JSONPointer
}

extension PassportDocumentView {
    /// What `document` says, read as its tape is (see ``decode(_:)-JSONTapeValue``).
    public func decode(_ document: JSONValue) -> Passport {
        decode(JSONTapeValue(root: JSONTape(document)))
    }
}
