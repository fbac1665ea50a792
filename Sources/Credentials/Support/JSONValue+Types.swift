import JSONCore

extension JSONValue {
    /// Whether this `type` member (a string, or an array of strings) names `type`.
    func names(type: String) -> Bool {
        switch self {
        case .string(let name): name == type
        case .array(let names): names.contains { $0.stringValue == type }
        default: false
        }
    }
}
