import Testing

@testable import Traceability

/// The walk over an object or an array finds its closing bracket where a reading of its own
/// finds it, whatever its strings, escapes and runs of spaces, and however it is cut into pieces.
struct ContainerScanTests {
    /// The offset just past the container that starts `text`, found by a reading of its own (the
    /// oracle): a string passed over from quote to quote, two bytes at a backslash; brackets counted.
    static func containerEnd(_ text: [UInt8]) -> Int? {
        var depth = 0
        var index = 0
        while index < text.count {
            switch text[index] {
            case UInt8(ascii: "\""):
                index += 1
                while index < text.count, text[index] != UInt8(ascii: "\"") { index += text[index] == UInt8(ascii: "\\") ? 2 : 1 }
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// A container of random text: strings holding quotes, backslashes, brackets and
    /// multi-byte characters, runs of spaces of every length, nested containers.
    static func container(_ random: inout some RandomNumberGenerator, depth: Int = 0) -> String {
        let (open, close) = Bool.random(using: &random) ? ("{", "}") : ("[", "]")
        var text = open
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            text += String(repeating: " ", count: Int.random(in: 0...19, using: &random))
            switch Int.random(in: 0..<4, using: &random) {
            case 0 where depth < 4: text += container(&random, depth: depth + 1)
            case 1:
                let pieces = ["a", "\\\"", "\\\\", "{", "]", " ", "        ", "é", "\\u0022", "x\\\\\\\"y", "\n"]
                text += "\"" + (0..<Int.random(in: 0...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined() + "\""
            case 2: text += ["12.5", "true", "null", "-0", ":", ","].randomElement(using: &random)!
            default: text += "\n" + String(repeating: " ", count: Int.random(in: 0...40, using: &random))
            }
        }
        return text + close
    }

    @Test func theClosingBracketIsFoundWhereAnotherReadingFindsIt() throws {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = Array((Self.container(&random) + String(repeating: " ", count: Int.random(in: 0...9)) + "], \"tail\"").utf8)
            let end = try #require(Self.containerEnd(text))
            var scan = ContainerScan()
            var index = 0
            while index < text.count {
                let piece = text[index..<min(text.count, index + Int.random(in: 1...70, using: &random))]
                let walked = Array(piece).withUnsafeBufferPointer { scan.walk($0) }
                // Every piece before the closing bracket is walked whole; the last one up to it.
                let closesHere = end <= index + piece.count
                #expect(walked.closed == closesHere, "\(String(decoding: text, as: UTF8.self))")
                #expect(walked.count == (closesHere ? end - index : piece.count), "\(String(decoding: text, as: UTF8.self))")
                guard !walked.closed, !closesHere else { break }
                index += piece.count
            }
        }
    }

    @Test func aStringsQuoteAfterAnEscapedBackslashEndsIt() {
        // Eight-byte words of text, an escaped quote and an escaped backslash right at a word's end.
        let text = Array(#"["abcdefg\"abcdefgh\\", "]", "       \\"  ]  "#.utf8)
        var scan = ContainerScan()
        let walked = text.withUnsafeBufferPointer { scan.walk($0) }
        #expect(walked.closed)
        #expect(walked.count == Array(#"["abcdefg\"abcdefgh\\", "]", "       \\"  ]"#.utf8).count)
    }
}
