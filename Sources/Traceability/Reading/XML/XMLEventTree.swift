/// The elements of one XML event, flat in document order: what the XML mapper reads.
///
/// One array holds every element, each followed by its descendants up to its `end`, and one
/// array the bytes of their text, so an event costs a few allocations however many elements it
/// has, and the builder reuses the storage from one event to the next. Elements are named by
/// their index; the event's own element is index 0.
struct XMLEventTree {
    /// One element, with its attributes, text and where its subtree ends.
    ///
    /// Its name and namespace are numbers in ``names`` and its text a range of ``textBytes``: an
    /// element holds no string, and emptying the tree for the next event releases nothing.
    struct Element {
        var nameIndex: Int32
        var namespaceIndex: Int32
        /// Whether the element is one of EPCIS's own: no namespace or an EPCIS one.
        var isStandard: Bool
        /// The EPCIS name, when the element is one of EPCIS's own and EPCIS has the name.
        var standard: EPCISName?
        /// Where the character data directly inside the element is in ``textBytes``; kept only
        /// when it has no child elements (empty otherwise).
        var textStart: Int32 = 0
        var textEnd: Int32 = 0
        /// The 1-based line the element starts on.
        var line: Int32
        /// Where its attributes are in ``attributes``.
        var attributeRange: Range<Int32>
        /// The index after its last descendant.
        var end: Int32 = 0
    }

    private(set) var elements: [Element] = []
    private(set) var attributes: [XMLAttributeValue] = []
    /// The UTF-8 text of the elements, one after the other.
    private var textBytes: [UInt8] = []
    /// The element names and namespace IRIs of the document, kept from event to event.
    private var names: [String] = []
    /// Each of ``names`` as an extension field's namespace (``ExtensionField/normalisedNamespace(_:)``):
    /// made once per name, so that the fields of every event share it.
    private var extensionNamespaces: [String] = []

    subscript(index: Int) -> Element { elements[index] }

    /// The local name of element `index`.
    func name(_ index: Int) -> String {
        names[Int(elements[index].nameIndex)]
    }

    /// The name or namespace IRI numbered `number` (as ``addName(_:)`` numbered it).
    func nameText(_ number: Int32) -> String {
        names[Int(number)]
    }

    /// The character data of element `index` (empty when it has child elements).
    func text(_ index: Int) -> String {
        withText(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of the text of element `index`.
    func withText<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let element = elements[index]
        return textBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(element.textStart)..<Int(element.textEnd)])) }
    }

    /// The namespace IRI of element `index`; empty when it has none.
    func namespace(_ index: Int) -> String {
        names[Int(elements[index].namespaceIndex)]
    }

    /// The namespace of element `index` as an extension field holds it.
    func extensionNamespace(_ index: Int) -> String {
        extensionNamespaces[Int(elements[index].namespaceIndex)]
    }

    /// The namespace of `attribute` as an extension field holds it.
    func extensionNamespace(of attribute: XMLAttributeValue) -> String {
        extensionNamespaces[Int(attribute.namespaceIndex)]
    }

    /// Adds a name or namespace IRI for elements to refer to; its number.
    mutating func addName(_ name: String) -> Int32 {
        names.append(name)
        extensionNamespaces.append(ExtensionField.normalisedNamespace(name))
        return Int32(names.count - 1)
    }

    /// The indexes of the child elements of `index`, in order.
    func children(of index: Int) -> Children {
        Children(elements: elements, position: index + 1, end: Int(elements[index].end))
    }

    /// The attributes of `index`.
    func attributes(of index: Int) -> ArraySlice<XMLAttributeValue> {
        let range = elements[index].attributeRange
        return attributes[Int(range.lowerBound)..<Int(range.upperBound)]
    }

    /// The value of the attribute `name` (with no namespace) of `index`.
    func attribute(_ name: String, of index: Int) -> String? {
        attributes(of: index).first { $0.namespace.isEmpty && $0.name == name }?.value
    }

    /// Adds an element inside the innermost open one; its attributes are those appended since
    /// the last element, its text what ``appendText(_:)`` adds until it closes.
    mutating func open(name: Int32, standard: EPCISName?, isStandard: Bool, namespace: Int32, line: Int, attributesFrom start: Int) -> Int {
        let textStart = Int32(textBytes.count)
        elements.append(
            Element(
                nameIndex: name, namespaceIndex: namespace, isStandard: isStandard, standard: isStandard ? standard : nil,
                textStart: textStart, textEnd: textStart, line: Int32(clamping: line),
                attributeRange: Int32(start)..<Int32(attributes.count)))
        return elements.count - 1
    }

    mutating func appendAttribute(_ attribute: XMLAttributeValue) {
        attributes.append(attribute)
    }

    /// Adds character data to the text of the element opened last.
    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>) {
        textBytes.append(contentsOf: bytes)
    }

    /// Drops the text element `index` has gathered so far (it has a child element: only leaves keep text).
    mutating func discardText(of index: Int) {
        textBytes.removeLast(textBytes.count - Int(elements[index].textStart))
    }

    /// Ends the element `index`; it keeps the text gathered since it opened when `keepingText`.
    mutating func close(_ index: Int, keepingText: Bool) {
        elements[index].end = Int32(elements.count)
        if keepingText { elements[index].textEnd = Int32(textBytes.count) }
    }

    /// Empties the tree of its elements, keeping its storage and names for the next event.
    mutating func removeAll() {
        elements.removeAll(keepingCapacity: true)
        attributes.removeAll(keepingCapacity: true)
        textBytes.removeAll(keepingCapacity: true)
    }

    /// The child elements of one element, skipping each child's own descendants.
    struct Children: Sequence, IteratorProtocol {
        let elements: [XMLEventTree.Element]
        var position: Int
        let end: Int

        /// Whether there are no child elements.
        var isEmpty: Bool { position >= end }

        mutating func next() -> Int? {
            guard position < end else { return nil }
            defer { position = Int(elements[position].end) }
            return position
        }
    }
}

/// An attribute of an ``XMLEventTree`` element.
struct XMLAttributeValue {
    var namespace: String
    /// The namespace's number among the tree's names.
    var namespaceIndex: Int32
    var name: String
    var value: String
}
