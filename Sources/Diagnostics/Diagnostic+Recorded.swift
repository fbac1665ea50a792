import JSONCore

extension Diagnostic {
    /// The diagnostic as a run records it for a later run to report again: its ``json`` and its kind.
    public var recordedJSON: JSONValue {
        guard case .object(var object) = json else { return json }
        object["kind"] = .string(kind.rawValue)
        return .object(object)
    }

    /// The diagnostic a run recorded as ``recordedJSON``, or nil when `json` is not one (then the
    /// caller finds the diagnostics again rather than trust a damaged record).
    public init?(recorded json: JSONValue) {
        guard let severity = json["severity"]?.stringValue.flatMap(Severity.init(rawValue:)),
            let ruleID = json["rule"]?.stringValue, !ruleID.isEmpty,
            let kind = json["kind"]?.stringValue.flatMap(RuleKind.init(rawValue:)),
            let message = json["message"]?.stringValue,
            let location = json["location"]?.objectValue, let file = location["file"]?.stringValue
        else { return nil }
        func number(_ key: String) -> Int?? {
            guard let value = location[key] else { return .some(nil) }
            return value.numberValue?.intValue.map { .some($0) } ?? nil
        }
        func text(_ key: String) -> String?? {
            guard let value = location[key] else { return .some(nil) }
            return value.stringValue.map { .some($0) } ?? nil
        }
        guard let line = number("line"), let column = number("column"), let pointer = text("pointer"), let part = text("part") else {
            return nil
        }
        self.severity = severity
        self.ruleID = ruleID
        self.kind = kind
        self.message = message
        self.location = SourceLocation(file: file, line: line, column: column, pointer: pointer, part: part)
    }
}
