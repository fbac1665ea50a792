import JSONCore

extension Diagnostic {
    /// The diagnostic as JSON, the one shape every command prints: severity, rule, message and location.
    public var json: JSONValue {
        var location: JSONObject = ["file": .string(self.location.file)]
        if let line = self.location.line { location["line"] = .number(JSONNumber(line)) }
        if let column = self.location.column { location["column"] = .number(JSONNumber(column)) }
        if let pointer = self.location.pointer { location["pointer"] = .string(pointer) }
        if let part = self.location.part { location["part"] = .string(part) }
        return [
            "severity": .string(severity.rawValue),
            "rule": .string(ruleID),
            "message": .string(message),
            "location": .object(location),
        ]
    }
}
