import Diagnostics
import JSONCore
import Traceability

/// `dpp trace --events F... ID`: where a product, lot, item or carton came from.
enum TraceCommand: Command {
    static let name = "trace"
    static let summary = "trace a product lot, item or carton back to its origin lots"
    static let help = """
        Usage: dpp trace --events FILE... ID [--format text|json] [--jobs N]
        (ID may also come first: dpp trace ID --events FILE...)

        Reads the EPCIS 2.0 documents (XML or JSON-LD, - for standard input) and walks from ID
        (a GS1 Digital Link on any domain, or an EPC URN) back through packing and
        transformations to the lots where the fibre was first recorded, with each lot's share
        of the mass, computed from the input quantities of every blend.

        Options:
          --events FILE...     the EPCIS documents (one or more); XML is read as it streams,
                               JSON-LD whole (up to 512 MiB a file)
          --jobs N             read N files at once (default: one per processor core)
          --format text|json   text: a readable tree; json: id, tracedMassFraction, origins
                               (id, massFraction, country, location, party, region,
                               certificates), steps (eventTime, bizStep, location...) and
                               diagnostics

        Exit codes: 0 traced, 1 the events have errors or nothing names ID, 2 usage error or a
        file cannot be read.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try ReportFormat(try arguments.option("--format"))
        let jobs = try Jobs.parse(try arguments.option("--jobs"))
        var paths = try arguments.options("--events", greedy: true)
        var words = try arguments.positionals()
        // `--events A B ID`: the greedy list took the identifier too.
        if words.isEmpty && paths.count > 1 { words = [paths.removeLast()] }
        guard !paths.isEmpty else { throw UsageError("give the EPCIS documents with --events FILE...") }
        guard words.count == 1 else { throw UsageError(words.isEmpty ? "give the identifier to trace" : "give one identifier to trace, not \(words.count)") }
        guard let reads = EventFiles.read(paths, jobs: jobs, console: console, command: name) else { return .usageOrUnreadable }
        let readProblems = reads.flatMap(\.result.diagnostics).filter { $0.severity == .error }
        let graph = TraceGraph(documents: reads.map(\.result.events))
        ExitTeardown.keep(graph)
        let trace = graph.trace(words[0])
        switch format {
        case .text: console.out(text(trace))
        case .json: console.out(JSONWriter(pretty: true).string(json(trace, readProblems: readProblems)) + "\n")
        }
        if format == .text {
            for diagnostic in readProblems { console.err(diagnostic.description + "\n") }
        }
        return readProblems.isEmpty && !trace.diagnostics.hasErrors ? .success : .invalid
    }

    /// The trace as a tree for people.
    static func text(_ trace: Trace) -> String {
        var lines = [trace.id, "  traced to origin: \(percent(trace.tracedMassFraction)) of the mass"]
        lines.append("  origins:")
        if trace.origins.isEmpty { lines.append("    (none found)") }
        for origin in trace.origins {
            let place = [origin.country, origin.region].compactMap { $0 }.joined(separator: ", ")
            lines.append("    \(percent(origin.massFraction))  \(origin.id)\(place.isEmpty ? "" : "  (\(place))")")
            if let location = origin.location { lines.append("        place: \(location)") }
            if let party = origin.party { lines.append("        party: \(party)") }
            lines.append("        certificates: \(origin.certificates.isEmpty ? "none" : origin.certificates.joined(separator: ", "))")
        }
        lines.append("  steps:")
        for step in trace.steps {
            var line = "    \(localTime(step))  \(step.bizStep ?? step.kind.rawValue)"
            if let location = step.location { line += "  at \(location)" }
            lines.append(line)
            for report in step.sensorReports {
                let value = report.meanValue.map { "mean \($0)" } ?? report.value.map { "\($0)" } ?? report.stringValue ?? ""
                lines.append("        \(report.type ?? "measurement"): \(value) \(report.uom ?? "")")
            }
        }
        for diagnostic in trace.diagnostics {
            lines.append("  \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.ruleID)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The trace as JSON for programs.
    static func json(_ trace: Trace, readProblems: [Diagnostic]) -> JSONValue {
        let origins: [JSONValue] = trace.origins.map { origin in
            var object = JSONObject([
                ("id", .string(origin.id)),
                ("massFraction", .number(JSONNumber(origin.massFraction))),
            ])
            object["country"] = origin.country.map(JSONValue.string)
            object["region"] = origin.region.map(JSONValue.string)
            object["location"] = origin.location.map(JSONValue.string)
            object["party"] = origin.party.map(JSONValue.string)
            object["certificates"] = .array(origin.certificates.map(JSONValue.string))
            return .object(object)
        }
        let steps: [JSONValue] = trace.steps.map { step in
            var object = JSONObject([("eventTime", .string(localTime(step)))])
            object["type"] = .string(step.kind.rawValue)
            object["bizStep"] = step.bizStep.map(JSONValue.string)
            object["location"] = step.location.map(JSONValue.string)
            object["party"] = step.party.map(JSONValue.string)
            object["eventID"] = step.eventID.map(JSONValue.string)
            object["inputs"] = .array(step.inputs.map(quantity))
            object["outputs"] = .array(step.outputs.map(quantity))
            if !step.sensorReports.isEmpty {
                object["sensorReports"] = .array(step.sensorReports.map { report in
                    var fields = JSONObject()
                    fields["type"] = report.type.map(JSONValue.string)
                    fields["value"] = report.value.map(JSONValue.number)
                    fields["meanValue"] = report.meanValue.map(JSONValue.number)
                    fields["uom"] = report.uom.map(JSONValue.string)
                    return .object(fields)
                })
            }
            return .object(object)
        }
        return .object(JSONObject([
            ("id", .string(trace.id)),
            ("tracedMassFraction", .number(JSONNumber(trace.tracedMassFraction))),
            ("origins", .array(origins)),
            ("steps", .array(steps)),
            ("diagnostics", .array((readProblems + trace.diagnostics).map(\.json))),
        ]))
    }

    private static func quantity(_ element: QuantityElement) -> JSONValue {
        var object = JSONObject([("epcClass", .string(element.epcClass))])
        object["quantity"] = element.quantity.map(JSONValue.number)
        object["uom"] = element.uom.map(JSONValue.string)
        return .object(object)
    }

    private static func localTime(_ step: TraceStep) -> String {
        step.eventTime.formatted(offsetSeconds: EPCISTime.offsetSeconds(step.eventTimeZoneOffset) ?? 0)
    }

    private static func percent(_ fraction: Double) -> String {
        let tenths = (fraction * 1000).rounded() / 10
        return "\(tenths)%"
    }
}
