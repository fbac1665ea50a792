/// One element of an event, with its attributes, text and children: the unit the XML mapper reads.
struct XMLElementNode {
    /// The namespace IRI; empty when the element has none.
    var namespace: String
    var name: String
    var attributes: [XMLAttributeValue]
    /// The concatenated character data directly inside the element.
    var text: String
    var children: [XMLElementNode]
    /// The 1-based line the element starts on.
    var line: Int

    /// The value of the attribute `name` with no namespace.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.namespace.isEmpty && $0.name == name }?.value
    }
}

/// An attribute of an ``XMLElementNode``.
struct XMLAttributeValue {
    var namespace: String
    var name: String
    var value: String
}
