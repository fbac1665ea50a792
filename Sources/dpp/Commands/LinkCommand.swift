import JSONCore
import Pipeline

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

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try arguments.format()
        let keepAttributes = try arguments.flag("--keep-attributes")
        let words = try arguments.positionals()
        guard !words.isEmpty else { throw UsageError("give at least one URI (or - to read them from standard input)") }
        var inputs: [String] = []
        for word in words {
            guard word == "-" else {
                inputs.append(word)
                continue
            }
            switch InputFile.read("-", limit: standardInputLimit) {
            case .success(let bytes):
                inputs += String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
                    .map { String($0) }.filter { !$0.allSatisfy(\.isWhitespace) }
            case .failure(let diagnostic): throw InputFailure(diagnostic)
            }
        }
        let report = LinkReport(checking: inputs, keepingAttributes: keepAttributes)
        console.out(format == .json ? JSONWriter(pretty: true).string(report.json) + "\n" : report.text)
        return report.isValid ? .success : .invalid
    }
}
