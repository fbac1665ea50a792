import Diagnostics
import JSONCore

/// A lender's or buyer's criteria: statements about the report's figures, each met or not.
///
/// The file is JSON: `{"criteria": [{"id": "ghg-20", "statement": "greenhouse-gas intensity at
/// least 20% below the baseline", "metric": "emissionsIntensityChange", "atMost": -0.20}]}`;
/// each criterion has exactly one bound, `atLeast` or `atMost`, on one ``Metric``. Other members
/// of the file (a `description`) are for people.
public struct LenderCriteria: Sendable, Hashable {
    /// A figure of the report a criterion can bound.
    public enum Metric: String, Sendable, Hashable, CaseIterable {
        /// The share of the fibre processed that is traced to its origin lot, 0...1.
        case tracedShare
        /// The share of the fibre processed from lots with a valid certificate of any scheme, 0...1.
        case certifiedShare
        /// The share of the fibre processed whose herding emissions are declared, 0...1.
        case primaryDataShare
        /// The share of the fibre processed from herder groups whose latest rangeland assessment
        /// is in recovery class I, II or III (close to the reference state, or recovering within
        /// about ten years with changed grazing), 0...1; fibre from groups without an assessment
        /// does not count.
        case recoverableRangelandShare
        /// kg of raw fibre processed in the period.
        case fibreProcessedKilograms
        /// kg CO2e per kg of dehaired fibre in the report's year.
        case emissionsIntensity
        /// The intensity's change against the baseline year (-0.2 is 20% lower).
        case emissionsIntensityChange

        /// The values the metric can take, and how to say so: a bound outside them is met by
        /// every figure or by none (`tracedShare` at least 95, meaning 95%, never is).
        var possibleValues: (range: ClosedRange<Double>, description: String) {
            switch self {
            case .tracedShare, .certifiedShare, .primaryDataShare, .recoverableRangelandShare:
                (0...1, "a share from 0 to 1 (95% is 0.95)")
            case .fibreProcessedKilograms, .emissionsIntensity: (0...Double.greatestFiniteMagnitude, "0 or more")
            case .emissionsIntensityChange: (-1...Double.greatestFiniteMagnitude, "-1 (no emissions left) or more (-0.2 is 20% lower)")
            }
        }
    }

    /// One criterion.
    public struct Criterion: Sendable, Hashable {
        public enum Bound: Sendable, Hashable {
            case atLeast(Double)
            case atMost(Double)
        }

        public var id: String
        public var statement: String
        public var metric: Metric
        public var bound: Bound

        public init(id: String, statement: String, metric: Metric, bound: Bound) {
            self.id = id
            self.statement = statement
            self.metric = metric
            self.bound = bound
        }

        /// Whether `figure` meets the bound; a figure the report cannot give meets nothing.
        public func isMet(by figure: Double?) -> Bool {
            guard let figure else { return false }
            switch bound {
            case .atLeast(let limit): return figure >= limit
            case .atMost(let limit): return figure <= limit
            }
        }
    }

    public var criteria: [Criterion]

    public init(criteria: [Criterion]) { self.criteria = criteria }

    /// The criteria of the JSON `bytes` read from `file`, or `nil` with every problem in `sink`.
    public static func read(_ bytes: [UInt8], file: String, sink: DiagnosticSink) -> LenderCriteria? {
        let document: JSONValue
        do {
            document = try JSONParser().parse(bytes)
        } catch {
            sink.add(.malformedJSON(error, file: file))
            return nil
        }
        let errorsBefore = sink.diagnostics.filter { $0.severity == .error }.count
        func problem(_ rule: ReportRule, _ message: String, _ pointer: JSONPointer) {
            sink.add(.error(rule, message, at: SourceLocation(file: file, pointer: pointer.description)))
        }
        guard document.objectValue != nil, let elements = document["criteria"]?.arrayValue else {
            problem(.criteriaFormat, "a criteria file is an object with a 'criteria' array", JSONPointer())
            return nil
        }
        var criteria: [Criterion] = []
        var ids: Set<String> = []
        for (index, element) in elements.enumerated() {
            let pointer = JSONPointer().appending("criteria").appending(index)
            guard element.objectValue != nil else {
                problem(.criteriaFormat, "a criterion is an object, not \(element.typeName)", pointer)
                continue
            }
            let known: Set<String> = ["id", "statement", "metric", "atLeast", "atMost"]
            for key in element.objectValue!.keys where !known.contains(key) {
                problem(.criteriaFormat, "'\(key)' is not a member of a criterion (id, statement, metric, atLeast or atMost)", pointer.appending(key))
            }
            let texts = ["id", "statement", "metric"].map { key -> String? in
                guard let text = element[key]?.stringValue, !text.isEmpty else {
                    problem(.criteriaFormat, "'\(key)' is required, as text", pointer.appending(key))
                    return nil
                }
                return text
            }
            let metric = texts[2].flatMap(Metric.init(rawValue:))
            if let name = texts[2], metric == nil {
                problem(
                    .criteriaMetric, "'\(name)' is not a metric of the report; use one of \(Metric.allCases.map(\.rawValue).joined(separator: ", "))",
                    pointer.appending("metric"))
            }
            if let id = texts[0], !ids.insert(id).inserted {
                problem(.criteriaFormat, "the id '\(id)' is given twice", pointer.appending("id"))
            }
            let bounds = [("atLeast", element["atLeast"]), ("atMost", element["atMost"])].filter { $0.1 != nil }
            // A bound beyond a double's range would be infinity in the report written out.
            guard bounds.count == 1, let number = bounds[0].1?.numberValue, case let limit = number.doubleValue, limit.isFinite else {
                problem(
                    .criteriaFormat,
                    bounds.count == 1 ? "'\(bounds[0].0)' must be a number (within about ±1.8e308)" : "give one bound, a number: atLeast or atMost",
                    bounds.count == 1 ? pointer.appending(bounds[0].0) : pointer)
                continue
            }
            guard let id = texts[0], let statement = texts[1], let metric else { continue }
            let possible = metric.possibleValues
            guard possible.range.contains(limit) else {
                problem(
                    .criteriaFormat,
                    "\(metric.rawValue) is \(possible.description): '\(bounds[0].0)' \(number) would be met by every figure or by none",
                    pointer.appending(bounds[0].0))
                continue
            }
            criteria.append(
                Criterion(id: id, statement: statement, metric: metric, bound: bounds[0].0 == "atLeast" ? .atLeast(limit) : .atMost(limit)))
        }
        return sink.diagnostics.filter { $0.severity == .error }.count == errorsBefore ? LenderCriteria(criteria: criteria) : nil
    }
}
