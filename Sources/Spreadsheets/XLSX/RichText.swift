import Diagnostics

/// The text of a string item (`<si>` of the shared strings, `<is>` of an inline string): its
/// `<t>` elements, runs (`<r><t>`) joined, phonetic readings (`<rPh>`) left out, and its
/// `_xHHHH_` escapes decoded (``XstringEscapes``).
enum RichText {
    /// Reads up to the end of the element `container` just started, and returns its text.
    static func read(_ reader: XMLPullReader, until container: String) throws(Diagnostic) -> String {
        var text = ""
        var inText = false
        var phoneticDepth = 0
        while let event = try reader.next() {
            switch event {
            case .start("rPh", _, _): phoneticDepth += 1
            case .end("rPh"): phoneticDepth -= 1
            case .start("t", _, _): inText = phoneticDepth == 0
            case .end("t"): inText = false
            case .text(let piece) where inText: text += piece
            case .end(let name) where name == container: return XstringEscapes.decoded(text)
            default: continue
            }
        }
        return XstringEscapes.decoded(text)
    }
}
