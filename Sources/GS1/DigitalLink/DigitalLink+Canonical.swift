extension DigitalLink {
    /// The canonical form: stem `https://id.gs1.org`, the same key (a GTIN is always 14 digits)
    /// and qualifiers, in their sequence order, and no data attributes.
    ///
    /// Two Digital Links name the same thing exactly when their canonical forms are equal,
    /// whatever their domains, stems or attributes.
    public var canonical: DigitalLink {
        DigitalLink(checkedBase: Self.canonicalBase, primaryKey: primaryKey, qualifiers: qualifiers, attributes: [])
    }

    /// The canonical URI (see ``canonical``).
    public var canonicalURI: String { uri(base: Self.canonicalBase, attributes: []) }

    /// The canonical URI, keeping the data attributes in their order when `keepingAttributes`
    /// (the form GS1's reference parser generates).
    public func canonicalURI(keepingAttributes: Bool) -> String {
        uri(base: Self.canonicalBase, attributes: keepingAttributes ? attributes : [])
    }

    /// Whether `other` names the same product, lot, item, party or place (equal canonical forms).
    public func identifiesSameThing(as other: DigitalLink) -> Bool {
        canonical == other.canonical
    }
}
