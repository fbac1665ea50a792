/// The shared strings part being built: every text value once, in the order first written.
///
/// The writer stores text as shared strings, as Excel does, rather than inline: the strings
/// every reader is written and tested for, and a column of repeated values (units, fibre names)
/// takes its text once.
struct SharedStringTable {
    /// The escaped strings, by index.
    private var escaped: [String] = []
    private var indices: [String: Int] = [:]
    /// How many cells refer to a string.
    private var references = 0

    /// The index of `text` (already escaped), added when it is new.
    mutating func index(ofEscaped text: String) -> Int {
        references += 1
        if let index = indices[text] { return index }
        escaped.append(text)
        indices[text] = escaped.count - 1
        return escaped.count - 1
    }

    /// The part `xl/sharedStrings.xml`.
    var xml: String {
        var xml = PackageParts.declaration
        xml += "<sst xmlns=\"\(PackageParts.spreadsheetNamespace)\" count=\"\(references)\" uniqueCount=\"\(escaped.count)\">"
        for text in escaped { xml += "<si><t xml:space=\"preserve\">\(text)</t></si>" }
        return xml + "</sst>"
    }
}
