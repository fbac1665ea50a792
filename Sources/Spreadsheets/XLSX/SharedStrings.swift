import Diagnostics

/// The shared strings part (`xl/sharedStrings.xml`): the strings cells of type `s` index.
enum SharedStrings {
    /// Every string item, in order.
    static func read(_ reader: XMLPullReader) throws(Diagnostic) -> [String] {
        var strings: [String] = []
        while let event = try reader.next() {
            if case .start("si", _, let isEmpty) = event {
                strings.append(isEmpty ? "" : try RichText.read(reader, until: "si"))
            }
        }
        return strings
    }
}
