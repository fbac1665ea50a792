import Diagnostics
import GS1
import JSONCore

/// What `dpp link` found for each URI: its canonical Digital Link, or every problem with its place in the URI.
public struct LinkReport: Sendable {
    /// One input and what checking it gave.
    public struct Outcome: Sendable {
        public let input: String
        public let link: DigitalLink?
        /// Each problem located in the input: `column` is the byte offset plus one, `part` the part of the URI and its AI.
        public let diagnostics: [Diagnostic]
    }

    public let outcomes: [Outcome]
    /// Whether the canonical forms keep the data attributes (`?17=...`).
    public let keepsAttributes: Bool

    /// Checks every input: an EPC URN is converted, anything else is read as a Digital Link URI.
    public init(checking inputs: [String], keepingAttributes: Bool) {
        outcomes = inputs.map(Self.check)
        keepsAttributes = keepingAttributes
    }

    /// Whether every input is valid.
    public var isValid: Bool { outcomes.allSatisfy { $0.link != nil } }

    private static func check(_ input: String) -> Outcome {
        let link: DigitalLink?
        let problems: [GS1Error]
        if input.hasPrefix("urn:") {
            do {
                (link, problems) = (try EPCURN.digitalLink(from: input), [])
            } catch {
                (link, problems) = (nil, [error])
            }
        } else {
            let validation = DigitalLink.validate(input)
            (link, problems) = (validation.link, validation.problems)
        }
        return Outcome(input: input, link: link, diagnostics: problems.map { $0.diagnostic(at: location(of: $0, in: input)) })
    }

    /// Where `problem` is in `input` (one line): its byte offset as the column, its part of the URI and its AI as the part.
    private static func location(of problem: GS1Error, in input: String) -> SourceLocation {
        var part = problem.location.part.rawValue
        if let ai = problem.location.ai { part += " AI (\(ai))" }
        return SourceLocation(file: input, line: problem.location.offset == nil ? nil : 1, column: problem.location.offset.map { $0 + 1 }, part: part)
    }

    /// The canonical form of each valid input, each problem of an invalid one, a line each.
    public var text: String {
        var text = ""
        for outcome in outcomes {
            if let link = outcome.link { text += link.canonicalURI(keepingAttributes: keepsAttributes) + "\n" }
            for diagnostic in outcome.diagnostics { text += diagnostic.description + "\n" }
        }
        return text
    }

    /// Each input with its verdict, canonical form and AI elements, or its diagnostics; then the counts.
    public var json: JSONValue {
        let results: [JSONValue] = outcomes.map { outcome in
            var object = JSONObject([("input", .string(outcome.input)), ("valid", .bool(outcome.link != nil))])
            if let link = outcome.link {
                object["canonical"] = .string(link.canonicalURI(keepingAttributes: keepsAttributes))
                object["elements"] = .array(
                    ([link.primaryKey] + link.qualifiers + link.attributes).map { element in
                        ["ai": .string(element.ai), "value": .string(element.value)]
                    })
            }
            object["diagnostics"] = .array(outcome.diagnostics.map(\.json))
            return .object(object)
        }
        let invalid = outcomes.filter { $0.link == nil }.count
        return [
            "results": .array(results),
            "valid": .number(JSONNumber(outcomes.count - invalid)),
            "invalid": .number(JSONNumber(invalid)),
        ]
    }
}
