import TestSupport
import Testing

@testable import GS1

/// The project's AI table says what the GS1 syntax dictionary says, AI by AI.
struct ApplicationIdentifierTableTests {
    @Test(.requiring(.digitalLinkVectors, otherwise: "the AI table is not checked against the syntax dictionary"))
    func matchesTheSyntaxDictionary() throws {
        let text = try ReferenceFolder.digitalLinkVectors.text("gs1-syntax-dictionary.txt")
        var checked = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.allSatisfy(\.isWhitespace) {
            let body = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            var words = body[0].split(separator: " ").map(String.init)
            let title = body.count > 1 ? body[1].trimmingCharacters(in: .whitespaces) : ""
            let range = words.removeFirst().split(separator: "-").map(String.init)
            let flags = words.first.map { $0.allSatisfy { "*?".contains($0) } } == true ? words.removeFirst() : ""
            let attributes = words.filter { $0.contains("=") || $0 == "dlpkey" }
            let specification = words.filter { !($0.contains("=") || $0 == "dlpkey") }
            let first = Int(range[0])!, last = Int(range.last!)!
            for number in first...last {
                var code = String(number)
                code = String(repeating: "0", count: range[0].count - code.count) + code
                guard let definition = ApplicationIdentifier.named(code) else {
                    Issue.record("AI (\(code)) is missing from the table")
                    continue
                }
                #expect(definition.title == title, "AI (\(code)) title")
                #expect(definition.fixedLength == flags.contains("*"), "AI (\(code)) fixed length")
                #expect(definition.dataAttribute == flags.contains("?"), "AI (\(code)) data attribute flag")
                #expect(definition.format.map(Self.render) == specification, "AI (\(code)) format")
                let keyAttribute = attributes.first { $0.hasPrefix("dlpkey") }
                let sequences = keyAttribute.map { attribute -> [[String]] in
                    attribute == "dlpkey" ? [[]] : attribute.dropFirst(7).split(separator: "|").map { $0.split(separator: ",").map(String.init) }
                }
                #expect(definition.qualifierSequences == sequences, "AI (\(code)) Digital Link key")
                let excludes = attributes.filter { $0.hasPrefix("ex=") }.flatMap { $0.dropFirst(3).split(separator: ",").map(String.init) }
                #expect(definition.excludes == excludes, "AI (\(code)) ex=")
                let requires = attributes.filter { $0.hasPrefix("req=") }.map {
                    $0.dropFirst(4).split(separator: ",").map { $0.split(separator: "+").map(String.init) }
                }
                #expect(definition.requires == requires, "AI (\(code)) req=")
                checked += 1
            }
        }
        print("AI table: \(checked) AIs checked against the GS1 syntax dictionary")
        #expect(checked > 500)
    }

    @Test func looksUpOnlyRealAIs() {
        #expect(ApplicationIdentifier.named("01")?.title == "GTIN")
        #expect(ApplicationIdentifier.named("3103")?.fixedLength == true)
        #expect(ApplicationIdentifier.named("414")?.qualifierSequences == [["254"], ["7040"]])
        #expect(ApplicationIdentifier.named("417")?.qualifierSequences == [["7040"]])
        #expect(ApplicationIdentifier.named("1") == nil)
        #expect(ApplicationIdentifier.named("89") == nil)
        #expect(ApplicationIdentifier.named("99999") == nil)
        #expect(ApplicationIdentifier.named("0x") == nil)
    }

    /// A format component as the dictionary writes it, e.g. `N14,csum,gcppos2` or `[X..17]`.
    static func render(_ component: ApplicationIdentifier.FormatComponent) -> String {
        let letter =
            switch component.characterSet {
            case .numeric: "N"
            case .cset82: "X"
            case .cset39: "Y"
            case .cset64: "Z"
            }
        let length = component.length.count == 1 ? "\(component.length.lowerBound)" : "..\(component.length.upperBound)"
        let type = component.optional ? "[\(letter)\(length)]" : "\(letter)\(length)"
        return ([type] + component.linters.map(\.rawValue)).joined(separator: ",")
    }
}
