import JSONCore

/// Where the fields of a passport stand in a UNTP DPP 0.6.1 document, found in the member tables.
extension UNTP061DocumentView: MemberTableView {
    public func pointer(to field: PassportField, in document: JSONValue) -> JSONPointer {
        JSONPointer(tokens: tokens(to: field, in: document))
    }

    /// Parties have members of their own in 0.6.1, wherever the document places them.
    func partyTokens(_ keyPath: KeyPath<Passport, Passport.Party?>, in document: JSONValue) -> [String] {
        Self.tokens(keyPath, in: Self.document)
    }
}
