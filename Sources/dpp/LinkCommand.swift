import Foundation
import GS1
import JSONCore

/// `dpp link URI...`: checks GS1 Digital Link URIs (or EPC URNs) and prints their canonical form.
enum LinkCommand: Command {
    static let name = "link"
    static let summary = "check GS1 Digital Link URIs or EPC URNs and print the canonical form"
    static let help = """
        Usage: dpp link URI... [--format text|json] [--keep-attributes]

        Checks each URI as a GS1 Digital Link: scheme and host, primary key, key qualifiers in
        their allowed order, data attributes in the query, percent-encoding, character sets,
        formats, check digits and the AI pairing rules of the GS1 syntax dictionary. An EPC URN
        (urn:epc:id:sgtin:..., urn:epc:class:lgtin:..., urn:epc:idpat:...) is converted to its
        Digital Link. URI '-' reads URIs from standard input, one per line.

        For a valid URI the canonical form is printed: https://id.gs1.org, 14-digit GTIN,
        qualifiers in order, no query. For an invalid one every problem is printed with its rule
        id and location (the part of the URI, the AI and the byte offset).

        Options:
          --format text|json   the report's form (default text)
          --keep-attributes    keep the data attributes (?17=...) in the canonical form

        Exit codes: 0 all valid, 1 some URI is invalid, 2 usage error or unreadable input.

        """

    /// The most read from standard input (about 250,000 URIs), so that a mistaken pipe is refused.
    static let standardInputLimit = 64 << 20

    /// One input and what checking it gave.
    struct Outcome {
        let input: String
        let link: DigitalLink?
        let problems: [GS1Error]
    }

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try ReportFormat(try arguments.option("--format"))
        let keepAttributes = arguments.flag("--keep-attributes")
        let words = try arguments.positionals()
        guard !words.isEmpty else { throw UsageError("give at least one URI (or - to read them from standard input)") }
        var inputs: [String] = []
        for word in words {
            if word == "-" {
                guard let data = try? FileHandle.standardInput.read(upToCount: standardInputLimit + 1) ?? Data(),
                      data.count <= standardInputLimit else {
                    console.err("dpp link: cannot read standard input, or it is larger than \(standardInputLimit >> 20) MiB\n")
                    return .usageOrUnreadable
                }
                inputs += String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
                    .map { String($0) }.filter { !$0.allSatisfy(\.isWhitespace) }
            } else {
                inputs.append(word)
            }
        }
        let outcomes = inputs.map(check)
        switch format {
        case .text: console.out(text(outcomes, keepAttributes: keepAttributes))
        case .json: console.out(JSONWriter(pretty: true).string(json(outcomes, keepAttributes: keepAttributes)) + "\n")
        }
        return outcomes.allSatisfy { $0.link != nil } ? .success : .invalid
    }

    /// Checks one input: an EPC URN is converted, anything else is read as a Digital Link URI.
    static func check(_ input: String) -> Outcome {
        if input.hasPrefix("urn:") {
            do {
                return Outcome(input: input, link: try EPCURN.digitalLink(from: input), problems: [])
            } catch {
                return Outcome(input: input, link: nil, problems: [error])
            }
        }
        let validation = DigitalLink.validate(input)
        return Outcome(input: input, link: validation.link, problems: validation.problems)
    }

    private static func text(_ outcomes: [Outcome], keepAttributes: Bool) -> String {
        var text = ""
        for outcome in outcomes {
            if let link = outcome.link {
                text += link.canonicalURI(keepingAttributes: keepAttributes) + "\n"
            }
            for problem in outcome.problems {
                text += "\(outcome.input): error: \(problem.ruleID): \(problem.message) [\(problem.location)]\n"
            }
        }
        return text
    }

    private static func json(_ outcomes: [Outcome], keepAttributes: Bool) -> JSONValue {
        let results: [JSONValue] = outcomes.map { outcome in
            var object = JSONObject([("input", .string(outcome.input)), ("valid", .bool(outcome.link != nil))])
            if let link = outcome.link {
                object["canonical"] = .string(link.canonicalURI(keepingAttributes: keepAttributes))
                object["elements"] = .array(([link.primaryKey] + link.qualifiers + link.attributes).map { element in
                    ["ai": .string(element.ai), "value": .string(element.value)]
                })
            }
            object["diagnostics"] = .array(outcome.problems.map(jsonValue))
            return .object(object)
        }
        let invalid = outcomes.filter { $0.link == nil }.count
        return [
            "results": .array(results),
            "valid": .number(JSONNumber(outcomes.count - invalid)),
            "invalid": .number(JSONNumber(invalid)),
        ]
    }

    /// A problem as JSON: severity, rule, message and its location in the URI.
    private static func jsonValue(_ problem: GS1Error) -> JSONValue {
        var object = JSONObject([
            ("severity", .string("error")),
            ("rule", .string(problem.ruleID)),
            ("message", .string(problem.message)),
            ("part", .string(problem.location.part.rawValue)),
        ])
        if let ai = problem.location.ai { object["ai"] = .string(ai) }
        if let offset = problem.location.offset { object["offset"] = .number(JSONNumber(offset)) }
        return .object(object)
    }
}
