import JSONCore

/// Where the fields of a passport stand in a UNTP DPP 0.7.0 document: found in the member tables,
/// and the manufacturer and importer by their roles in the document's `relatedParty`.
extension UNTP070DocumentView: MemberTableView {
    public func pointer(to field: PassportField, in document: JSONValue) -> JSONPointer {
        JSONPointer(tokens: tokens(to: field, in: document))
    }

    /// A party placed by role is the `party` of its role's entry in `relatedParty`, or the list
    /// itself when the document has none of that role; the facility has a member of its own.
    func partyTokens(_ keyPath: KeyPath<Passport, Passport.Party?>, in document: JSONValue) -> [String] {
        guard let role = Self.role(of: keyPath) else { return Self.tokens(keyPath, in: Self.document) }
        let list = Self.tokens(\Passport.product, in: Self.document) + [Self.relatedParty.key]
        let index = JSONPointer(tokens: list).resolve(in: document)?.arrayValue?.firstIndex { $0["role"]?.stringValue == role }
        return list + (index.map { [String($0), "party"] } ?? [])
    }
}
