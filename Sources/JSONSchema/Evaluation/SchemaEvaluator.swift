import JSONCore

/// One validation run: walks the compiled nodes over an instance, collecting errors when asked.
///
/// The fast path (`collecting == false`) returns at the first failure and builds no locations.
struct SchemaEvaluator {
    private let nodes: [SchemaNode]
    private let dynamicAnchors: [String: [Int: Int]]
    private let usesDynamicScope: Bool
    private var collecting: Bool
    private(set) var errors: [ValidationError] = []
    private var instancePath: [String] = []
    private var keywordPath: [String] = []
    private var scope: [Int] = []
    private var depth = 0
    private var onLargeStack = false

    /// Deeper evaluation than this is refused (an instance nested 512 deep needs about 1,500).
    static let maximumDepth = 10_000
    /// Beyond this depth the evaluation continues on a thread with a large stack.
    private static let largeStackDepth = 64

    init(validator: SchemaValidator, collecting: Bool) {
        nodes = validator.nodes
        dynamicAnchors = validator.dynamicAnchors
        usesDynamicScope = validator.usesDynamicScope
        self.collecting = collecting
    }

    /// Whether `instance` is valid against node `index`; records annotations into `marks`.
    mutating func evaluate(_ index: Int, _ instance: JSONValue, _ marks: inout AnnotationMarks) -> Bool {
        let node = nodes[index]
        if node.rejectsEverything {
            return fail(.falseSchema, node.absoluteLocation, "no value is allowed here (the schema is false)")
        }
        if node.keywords.isEmpty { return true }
        guard depth < Self.maximumDepth else {
            return fail(.depth, node.absoluteLocation, "evaluation is nested deeper than \(Self.maximumDepth) schemas")
        }
        if depth == Self.largeStackDepth && !onLargeStack { return evaluateOnLargeStack(index, instance, &marks) }
        depth += 1
        defer { depth -= 1 }
        let entersResource = usesDynamicScope && scope.last != node.resource
        if entersResource { scope.append(node.resource) }
        defer { if entersResource { scope.removeLast() } }
        guard node.collectsAnnotations else { return evaluateKeywords(of: node, instance, &marks) }
        var ownMarks = AnnotationMarks(count: Self.childCount(of: instance))
        let valid = evaluateKeywords(of: node, instance, &ownMarks)
        if valid { marks.merge(ownMarks) }
        return valid
    }

    /// Continues `evaluate` on a large-stack thread, then takes back the state it reached.
    private mutating func evaluateOnLargeStack(_ index: Int, _ instance: JSONValue, _ marks: inout AnnotationMarks) -> Bool {
        var continuation = self
        continuation.onLargeStack = true
        var continuationMarks = marks
        var valid = false
        withUnsafeMutablePointer(to: &continuation) { state in
            withUnsafeMutablePointer(to: &continuationMarks) { marksState in
                nonisolated(unsafe) let state = state, marksState = marksState
                LargeStack.run { valid = state.pointee.evaluate(index, instance, &marksState.pointee) }
            }
        }
        continuation.onLargeStack = false
        self = continuation
        marks = continuationMarks
        return valid
    }

    private mutating func evaluateKeywords(of node: SchemaNode, _ instance: JSONValue, _ marks: inout AnnotationMarks) -> Bool {
        var valid = true
        for keyword in node.keywords {
            if collecting { keywordPath.append(keyword.name) }
            let passed = check(keyword, instance, &marks)
            if collecting { keywordPath.removeLast() }
            if !passed {
                valid = false
                if !collecting { return false }
            }
        }
        return valid
    }

    private static func childCount(of instance: JSONValue) -> Int {
        switch instance {
        case .object(let object): object.count
        case .array(let elements): elements.count
        default: 0
        }
    }

    // MARK: - Reporting

    /// Records an error of `rule` at the current locations (when collecting) and returns `false`.
    private mutating func fail(_ rule: SchemaValidationRule, _ absoluteLocation: String, _ message: @autoclosure () -> String) -> Bool {
        if collecting {
            errors.append(
                ValidationError(
                    rule: rule, instanceLocation: JSONPointer(tokens: instancePath), keywordLocation: JSONPointer(tokens: keywordPath),
                    absoluteKeywordLocation: absoluteLocation, error: message()))
        }
        return false
    }

    /// Evaluates `node` on a child or the same instance, extending the locations while it runs.
    private mutating func apply(
        _ node: Int, to instance: JSONValue, instanceToken: String? = nil, keywordToken: String? = nil, marks: inout AnnotationMarks
    ) -> Bool {
        guard collecting else { return evaluate(node, instance, &marks) }
        if let instanceToken { instancePath.append(instanceToken) }
        if let keywordToken { keywordPath.append(keywordToken) }
        let valid = evaluate(node, instance, &marks)
        if instanceToken != nil { instancePath.removeLast() }
        if keywordToken != nil { keywordPath.removeLast() }
        return valid
    }

    /// Evaluates a child instance, whose annotations do not concern this schema.
    private mutating func applyToChild(_ node: Int, _ instance: JSONValue, instanceToken: @autoclosure () -> String, keywordToken: String? = nil)
        -> Bool
    {
        var marks = AnnotationMarks.inactive
        guard collecting else { return evaluate(node, instance, &marks) }
        return apply(node, to: instance, instanceToken: instanceToken(), keywordToken: keywordToken, marks: &marks)
    }

    /// Evaluates without recording errors (for `not`, `if` and `contains`, whose subschemas may fail).
    private mutating func quietly(_ node: Int, _ instance: JSONValue, _ marks: inout AnnotationMarks) -> Bool {
        let saved = collecting
        collecting = false
        defer { collecting = saved }
        return evaluate(node, instance, &marks)
    }

    // MARK: - Keywords

    private mutating func check(_ compiled: CompiledKeyword, _ instance: JSONValue, _ marks: inout AnnotationMarks) -> Bool {
        let here = compiled.absoluteLocation
        switch compiled.keyword {
        case .type(let types):
            return types.contains(typeOf: instance)
                || fail(.type, here, "expected \(types.names.joined(separator: " or ")), found \(instance.typeName)")
        case .enumeration(let values):
            return values.contains(instance) || fail(.enumeration, here, "the value is not one of the \(values.count) allowed values")
        case .constant(let value):
            return instance == value || fail(.constant, here, "the value must be \(JSONWriter().string(value))")
        case .multipleOf(let divisor):
            guard case .number(let number) = instance else { return true }
            return number.isMultiple(of: divisor) || fail(.multipleOf, here, "\(number) is not a multiple of \(divisor)")
        case .minimum(let limit):
            guard case .number(let number) = instance else { return true }
            return !(number < limit) || fail(.minimum, here, "\(number) is less than the minimum \(limit)")
        case .exclusiveMinimum(let limit):
            guard case .number(let number) = instance else { return true }
            return limit < number || fail(.exclusiveMinimum, here, "\(number) must be greater than \(limit)")
        case .maximum(let limit):
            guard case .number(let number) = instance else { return true }
            return !(limit < number) || fail(.maximum, here, "\(number) is greater than the maximum \(limit)")
        case .exclusiveMaximum(let limit):
            guard case .number(let number) = instance else { return true }
            return number < limit || fail(.exclusiveMaximum, here, "\(number) must be less than \(limit)")
        case .minLength(let limit):
            guard case .string(let text) = instance else { return true }
            // Scalars are between a quarter of the UTF-8 length and all of it: count only when in doubt.
            if text.utf8.count < limit { return fail(.minLength, here, "the text is shorter than \(limit) characters") }
            if text.utf8.count / 4 >= limit { return true }
            return text.unicodeScalars.count >= limit || fail(.minLength, here, "the text is shorter than \(limit) characters")
        case .maxLength(let limit):
            guard case .string(let text) = instance else { return true }
            if text.utf8.count <= limit { return true }
            return text.unicodeScalars.count <= limit || fail(.maxLength, here, "the text is longer than \(limit) characters")
        case .pattern(let regex):
            guard case .string(let text) = instance else { return true }
            return regex.matches(text) || fail(.pattern, here, "the text does not match the pattern \(regex.source)")
        case .format(let format):
            guard case .string(let text) = instance else { return true }
            return format.accepts(text) || fail(.format, here, "the text is not a valid \(format.name)")
        case .minItems(let limit):
            guard case .array(let elements) = instance else { return true }
            return elements.count >= limit || fail(.minItems, here, "the array has \(elements.count) items, fewer than \(limit)")
        case .maxItems(let limit):
            guard case .array(let elements) = instance else { return true }
            return elements.count <= limit || fail(.maxItems, here, "the array has \(elements.count) items, more than \(limit)")
        case .uniqueItems:
            guard case .array(let elements) = instance else { return true }
            return Self.allUnique(elements) || fail(.uniqueItems, here, "the array has duplicate items")
        case .minProperties(let limit):
            guard case .object(let object) = instance else { return true }
            return object.count >= limit || fail(.minProperties, here, "the object has \(object.count) properties, fewer than \(limit)")
        case .maxProperties(let limit):
            guard case .object(let object) = instance else { return true }
            return object.count <= limit || fail(.maxProperties, here, "the object has \(object.count) properties, more than \(limit)")
        case .required(let names):
            guard case .object(let object) = instance else { return true }
            return checkRequired(names, in: object, here)
        case .dependentRequired(let dependencies):
            guard case .object(let object) = instance else { return true }
            var valid = true
            for dependency in dependencies where object[dependency.property] != nil {
                if !checkRequired(dependency.required, in: object, here, because: dependency.property) {
                    valid = false
                    if !collecting { return false }
                }
            }
            return valid
        case .properties(let properties):
            guard case .object(let object) = instance else { return true }
            var valid = true
            for (index, member) in object.members.enumerated() {
                guard let node = properties.node(for: member.key) else { continue }
                marks.mark(index)
                if !applyToChild(node, member.value, instanceToken: member.key, keywordToken: member.key) {
                    valid = false
                    if !collecting { return false }
                }
            }
            return valid
        case .patternProperties(let patterns):
            guard case .object(let object) = instance else { return true }
            var valid = true
            for (index, member) in object.members.enumerated() {
                for (pattern, node) in patterns where pattern.matches(member.key) {
                    marks.mark(index)
                    if !applyToChild(node, member.value, instanceToken: member.key, keywordToken: pattern.source) {
                        valid = false
                        if !collecting { return false }
                    }
                }
            }
            return valid
        case .additionalProperties(let node, let known, let patterns):
            guard case .object(let object) = instance else { return true }
            var valid = true
            for (index, member) in object.members.enumerated() {
                if known.contains(member.key) || patterns.contains(where: { $0.matches(member.key) }) { continue }
                marks.mark(index)
                if nodes[node].rejectsEverything {
                    valid = fail(.additionalProperties, here, "the property \"\(member.key)\" is not allowed") && valid
                } else if !applyToChild(node, member.value, instanceToken: member.key) {
                    valid = false
                }
                if !valid && !collecting { return false }
            }
            return valid
        case .propertyNames(let node):
            guard case .object(let object) = instance else { return true }
            var valid = true
            for member in object where !applyToChild(node, .string(member.key), instanceToken: member.key) {
                valid = false
                if !collecting { return false }
            }
            return valid
        case .prefixItems(let prefix):
            guard case .array(let elements) = instance else { return true }
            var valid = true
            for index in 0..<min(prefix.count, elements.count) {
                marks.mark(index)
                if !applyToChild(prefix[index], elements[index], instanceToken: String(index), keywordToken: String(index)) {
                    valid = false
                    if !collecting { return false }
                }
            }
            return valid
        case .items(let node, let start):
            guard case .array(let elements) = instance, start < elements.count else { return true }
            var valid = true
            for index in start..<elements.count {
                marks.mark(index)
                if nodes[node].rejectsEverything {
                    valid = fail(.items, here, "the array may have at most \(start) items") && valid
                    if !collecting { return false }
                    break
                }
                if !applyToChild(node, elements[index], instanceToken: String(index)) {
                    valid = false
                    if !collecting { return false }
                }
            }
            return valid
        case .contains(let node, let minimum, let maximum):
            guard case .array(let elements) = instance else { return true }
            var matches = 0
            for (index, element) in elements.enumerated() {
                var childMarks = AnnotationMarks.inactive
                if quietly(node, element, &childMarks) {
                    matches += 1
                    marks.mark(index)
                    if !marks.isActive && maximum == nil && matches >= minimum { break }
                    if let maximum, matches > maximum, !marks.isActive { break }
                }
            }
            if matches < minimum { return fail(.contains, here, "expected at least \(minimum) items to match contains, found \(matches)") }
            if let maximum, matches > maximum {
                return fail(.contains, here, "expected at most \(maximum) items to match contains, found \(matches)")
            }
            return true
        case .allOf(let branches):
            var valid = true
            for (offset, branch) in branches.enumerated() where !apply(branch, to: instance, keywordToken: String(offset), marks: &marks) {
                valid = false
                if !collecting { return false }
            }
            return valid
        case .anyOf(let branches):
            let firstError = errors.count
            var matched = false
            for (offset, branch) in branches.enumerated() {
                var branchMarks = marks.branch
                if apply(branch, to: instance, keywordToken: String(offset), marks: &branchMarks) {
                    matched = true
                    marks.merge(branchMarks)
                    if !marks.isActive { break }
                }
            }
            if matched {
                errors.removeSubrange(firstError...)
                return true
            }
            return fail(.anyOf, here, "the value matches none of the anyOf schemas")
        case .oneOf(let branches):
            let firstError = errors.count
            var matching: [Int] = []
            for (offset, branch) in branches.enumerated() {
                var branchMarks = marks.branch
                if apply(branch, to: instance, keywordToken: String(offset), marks: &branchMarks) {
                    matching.append(offset)
                    marks.merge(branchMarks)
                    if matching.count > 1 { break }
                }
            }
            if matching.count == 1 {
                errors.removeSubrange(firstError...)
                return true
            }
            if matching.isEmpty { return fail(.oneOf, here, "the value matches none of the oneOf schemas") }
            errors.removeSubrange(firstError...)
            return fail(.oneOf, here, "the value matches more than one of the oneOf schemas (\(matching.map(String.init).joined(separator: ", ")))")
        case .not(let node):
            var ignored = AnnotationMarks.inactive
            return !quietly(node, instance, &ignored) || fail(.not, here, "the value must not match the schema in not")
        case .conditional(let condition, let then, let otherwise):
            var conditionMarks = marks.branch
            if quietly(condition, instance, &conditionMarks) {
                marks.merge(conditionMarks)
                guard let then else { return true }
                return applyBranch(then, named: "then", to: instance, &marks)
            }
            guard let otherwise else { return true }
            return applyBranch(otherwise, named: "else", to: instance, &marks)
        case .dependentSchemas(let dependencies):
            guard case .object(let object) = instance else { return true }
            var valid = true
            for dependency in dependencies where object[dependency.property] != nil {
                if !apply(dependency.node, to: instance, keywordToken: dependency.property, marks: &marks) {
                    valid = false
                    if !collecting { return false }
                }
            }
            return valid
        case .ref(let node):
            return apply(node, to: instance, marks: &marks)
        case .dynamicRef(let node, let anchor):
            var target = node
            if let anchor, let candidates = dynamicAnchors[anchor], let outermost = scope.lazy.compactMap({ candidates[$0] }).first {
                target = outermost
            }
            return apply(target, to: instance, marks: &marks)
        case .unevaluatedProperties(let node):
            guard case .object(let object) = instance else { return true }
            var valid = true
            for (index, member) in object.members.enumerated() where !marks.isMarked(index) {
                if nodes[node].rejectsEverything {
                    valid = fail(.unevaluatedProperties, here, "the property \"\(member.key)\" is not allowed (unevaluated)") && valid
                } else if !applyToChild(node, member.value, instanceToken: member.key) {
                    valid = false
                }
                if !valid && !collecting { return false }
            }
            if valid { marks.markAll() }
            return valid
        case .unevaluatedItems(let node):
            guard case .array(let elements) = instance else { return true }
            var valid = true
            for (index, element) in elements.enumerated() where !marks.isMarked(index) {
                if nodes[node].rejectsEverything {
                    valid = fail(.unevaluatedItems, here, "item \(index) is not allowed (unevaluated)") && valid
                } else if !applyToChild(node, element, instanceToken: String(index)) {
                    valid = false
                }
                if !valid && !collecting { return false }
            }
            if valid { marks.markAll() }
            return valid
        }
    }

    /// `then` or `else`: reported under its own keyword name rather than `if`.
    private mutating func applyBranch(_ node: Int, named name: String, to instance: JSONValue, _ marks: inout AnnotationMarks) -> Bool {
        guard collecting else { return evaluate(node, instance, &marks) }
        let saved = keywordPath.removeLast()
        keywordPath.append(name)
        let valid = evaluate(node, instance, &marks)
        keywordPath.removeLast()
        keywordPath.append(saved)
        return valid
    }

    private mutating func checkRequired(_ names: [String], in object: JSONObject, _ here: String, because trigger: String? = nil) -> Bool {
        var missing: [String] = []
        for name in names where !Self.has(name, object) {
            if !collecting { return false }
            missing.append(name)
        }
        guard !missing.isEmpty else { return true }
        let list = missing.map { "\"\($0)\"" }.joined(separator: ", ")
        let reason = trigger.map { " (because \"\($0)\" is present)" } ?? ""
        return fail(
            trigger == nil ? .required : .dependentRequired, here, "missing required propert\(missing.count == 1 ? "y" : "ies") \(list)\(reason)")
    }

    /// Whether `object` has the member `name`: compares lengths, then `==`, then bytes only for non-ASCII names.
    private static func has(_ name: String, _ object: JSONObject) -> Bool {
        let length = name.utf8.count
        for member in object.members where member.key.utf8.count == length && member.key == name {
            if member.key.isASCII || member.key.isExactly(name) { return true }
        }
        return false
    }

    private static func allUnique(_ elements: [JSONValue]) -> Bool {
        if elements.count < 16 {
            for (index, element) in elements.enumerated() where elements[(index + 1)...].contains(element) { return false }
            return true
        }
        var seen = Set<JSONValue>(minimumCapacity: elements.count)
        for element in elements where !seen.insert(element).inserted { return false }
        return true
    }
}
