import JSONCore

/// A compiled JSON Schema: validate any number of instances, from any number of threads.
public final class SchemaValidator: Sendable {
    let nodes: [SchemaNode]
    let root: Int
    /// For each `$dynamicAnchor` name used by a `$dynamicRef`: resource index to node.
    let dynamicAnchors: [String: [Int: Int]]
    let usesDynamicScope: Bool

    init(nodes: [SchemaNode], root: Int, dynamicAnchors: [String: [Int: Int]], usesDynamicScope: Bool) {
        self.nodes = nodes
        self.root = root
        self.dynamicAnchors = dynamicAnchors
        self.usesDynamicScope = usesDynamicScope
    }

    /// Whether `instance` is valid; stops at the first failure.
    public func isValid(_ instance: JSONValue) -> Bool {
        var evaluator = SchemaEvaluator(validator: self, collecting: false)
        var marks = AnnotationMarks.inactive
        return evaluator.evaluate(root, instance, &marks)
    }

    /// Validates `instance` and lists every error.
    ///
    /// Runs the fast path first: most instances are valid, and only invalid ones pay for locations.
    public func validate(_ instance: JSONValue) -> ValidationResult {
        if isValid(instance) { return ValidationResult(isValid: true, errors: []) }
        var evaluator = SchemaEvaluator(validator: self, collecting: true)
        var marks = AnnotationMarks.inactive
        let valid = evaluator.evaluate(root, instance, &marks)
        return ValidationResult(isValid: valid, errors: valid ? [] : evaluator.errors)
    }
}
