import JSONCore

/// A compiled JSON Schema: validate any number of instances, from any number of threads.
public final class SchemaValidator: Sendable {
    let program: SchemaProgram
    let root: Int
    /// For each `$dynamicAnchor` name used by a `$dynamicRef`: resource index to node.
    let dynamicAnchors: [String: [Int: Int]]
    let usesDynamicScope: Bool

    init(nodes: [SchemaNode], root: Int, dynamicAnchors: [String: [Int: Int]], usesDynamicScope: Bool) {
        program = SchemaProgram(nodes)
        self.root = root
        self.dynamicAnchors = dynamicAnchors
        self.usesDynamicScope = usesDynamicScope
    }

    /// Whether `instance` is valid; stops at the first failure.
    public func isValid(_ instance: JSONValue) -> Bool {
        isValid(JSONTape(instance))
    }

    /// Whether the document of `tape` is valid; stops at the first failure.
    public func isValid(_ tape: JSONTape) -> Bool {
        let tape = Self.unique(tape)
        // The evaluator reads this validator's program through pointers: `self` lives through the call.
        var evaluator = SchemaEvaluator(validator: self, tape: tape, collecting: false)
        var marks = AnnotationMarks.inactive
        return evaluator.evaluate(root, tape.root, &marks) && evaluator.undecided.isEmpty
    }

    /// Validates `instance` and lists every error.
    public func validate(_ instance: JSONValue) -> ValidationResult {
        validate(JSONTape(instance))
    }

    /// Validates the document of `tape` and lists every error.
    ///
    /// Runs the fast path first: most instances are valid, and only invalid ones pay for locations.
    public func validate(_ tape: JSONTape) -> ValidationResult {
        let tape = Self.unique(tape)
        if isValid(tape) { return ValidationResult(isValid: true, errors: []) }
        var evaluator = SchemaEvaluator(validator: self, tape: tape, collecting: true)
        var marks = AnnotationMarks.inactive
        let valid = evaluator.evaluate(root, tape.root, &marks)
        guard !evaluator.undecided.isEmpty else { return ValidationResult(isValid: valid, errors: valid ? [] : evaluator.errors) }
        // What could not be decided under `not` or in an alternative is reported once, after the errors.
        var reported = Set(evaluator.errors)
        let undecided = evaluator.undecided.filter { reported.insert($0).inserted }
        return ValidationResult(isValid: false, errors: (valid ? [] : evaluator.errors) + undecided)
    }

    /// `tape`, or when it repeats a key, the tape of the value it stands for (one member per key).
    private static func unique(_ tape: JSONTape) -> JSONTape {
        tape.hasDuplicateKeys ? JSONTape(tape.value(at: tape.root)) : tape
    }
}
