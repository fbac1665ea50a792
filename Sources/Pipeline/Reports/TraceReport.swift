import Diagnostics
import JSONCore
import Traceability

/// One trace and the problems of the events it was read from, as text for people or JSON for programs.
public struct TraceReport: Sendable {
    public let trace: Trace
    /// Errors found while reading the events.
    public let readProblems: [Diagnostic]

    /// The report of `trace`, over events whose reading gave `readDiagnostics` (only their errors are kept).
    public init(trace: Trace, readDiagnostics: [Diagnostic]) {
        self.trace = trace
        readProblems = readDiagnostics.filter { $0.severity == .error }
    }

    /// Whether the events were read without errors and the trace found no error.
    public var isClean: Bool { readProblems.isEmpty && !trace.diagnostics.hasErrors }

    /// The trace as a tree for people.
    public var text: String {
        var lines = [trace.id, "  traced to origin: \(Self.percent(trace.tracedMassFraction)) of the mass"]
        lines.append("  origins:")
        if trace.origins.isEmpty { lines.append("    (none found)") }
        for origin in trace.origins {
            let place = [origin.country, origin.region].compactMap { $0 }.joined(separator: ", ")
            lines.append("    \(Self.percent(origin.massFraction))  \(origin.id)\(place.isEmpty ? "" : "  (\(place))")")
            if let location = origin.location { lines.append("        place: \(location)") }
            if let party = origin.party { lines.append("        party: \(party)") }
            lines.append("        certificates: \(origin.certificates.isEmpty ? "none" : origin.certificates.joined(separator: ", "))")
        }
        lines.append("  steps:")
        for step in trace.steps {
            var line = "    \(Self.localTime(step))  \(step.bizStep ?? step.kind.rawValue)"
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
    public var json: JSONValue {
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
            var object = JSONObject([("eventTime", .string(Self.localTime(step)))])
            object["type"] = .string(step.kind.rawValue)
            object["bizStep"] = step.bizStep.map(JSONValue.string)
            object["location"] = step.location.map(JSONValue.string)
            object["party"] = step.party.map(JSONValue.string)
            object["eventID"] = step.eventID.map(JSONValue.string)
            object["inputs"] = .array(step.inputs.map(Self.quantity))
            object["outputs"] = .array(step.outputs.map(Self.quantity))
            if !step.sensorReports.isEmpty {
                object["sensorReports"] = .array(
                    step.sensorReports.map { report in
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
        return .object(
            JSONObject([
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
