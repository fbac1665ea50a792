import JSONCore

/// One validation run: walks the compiled nodes over an instance's tape, collecting errors when asked.
///
/// Instances are tape entries: nothing of the document is allocated to check it. The fast path
/// (`collecting == false`) returns at the first failure and builds no locations.
struct SchemaEvaluator {
    private let tape: JSONTape
    /// The validator's program: valid while the validator is, which outlives every evaluator.
    private let nodes: UnsafeBufferPointer<SchemaProgram.Node>
    private let keywords: UnsafeBufferPointer<Unmanaged<CompiledKeyword>>
    private let dynamicAnchors: [String: [Int: Int]]
    private let usesDynamicScope: Bool
    private var collecting: Bool
    private(set) var errors: [ValidationError] = []
    /// What could not be decided (a pattern beyond its matcher's work, nesting beyond
    /// `maximumDepth`) where errors were not being collected: each makes the instance invalid
    /// whatever encloses it, even `not` or a branch of `anyOf`.
    private(set) var undecided: [ValidationError] = []
    private var instancePath: [String] = []
    private var keywordPath: [String] = []
    private var scope: [Int] = []
    private var depth = 0
    private var onLargeStack = false

    /// Deeper evaluation than this is refused (an instance nested 512 deep needs about 1,500).
    static let maximumDepth = 10_000
    /// Beyond this depth the evaluation continues on a thread with a large stack.
    private static let largeStackDepth = 64

    init(validator: SchemaValidator, tape: JSONTape, collecting: Bool) {
        self.tape = tape
        nodes = UnsafeBufferPointer(validator.program.nodes)
        keywords = UnsafeBufferPointer(validator.program.keywords)
        dynamicAnchors = validator.dynamicAnchors
        usesDynamicScope = validator.usesDynamicScope
        self.collecting = collecting
    }

    /// Whether the tape entry `instance` is valid against node `index`; records annotations into `marks`.
    mutating func evaluate(_ index: Int, _ instance: Int, _ marks: inout AnnotationMarks) -> Bool {
        // Fields are read in place: copying the node would copy (and retain) its location.
        if nodes[index].rejectsEverything {
            return fail(.falseSchema, nodes[index].absoluteLocation, "no value is allowed here (the schema is false)")
        }
        let keywordRange = collecting ? nodes[index].keywords : nodes[index].fastPathKeywords
        if keywordRange.isEmpty { return true }
        guard depth < Self.maximumDepth else {
            return undecidable(.depth, nodes[index].absoluteLocation, "evaluation is nested deeper than \(Self.maximumDepth) schemas")
        }
        if depth == Self.largeStackDepth && !onLargeStack { return evaluateOnLargeStack(index, instance, &marks) }
        depth += 1
        defer { depth -= 1 }
        let resource = nodes[index].resource
        let entersResource = usesDynamicScope && scope.last != resource
        if entersResource { scope.append(resource) }
        defer { if entersResource { scope.removeLast() } }
        guard nodes[index].collectsAnnotations else { return evaluateKeywords(keywordRange, instance, &marks) }
        var ownMarks = AnnotationMarks(count: tape.count(of: instance))
        let valid = evaluateKeywords(keywordRange, instance, &ownMarks)
        if valid { marks.merge(ownMarks) }
        return valid
    }

    /// Continues `evaluate` on a large-stack thread, then takes back the state it reached.
    private mutating func evaluateOnLargeStack(_ index: Int, _ instance: Int, _ marks: inout AnnotationMarks) -> Bool {
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

    /// Checks the keywords at `positions` (one node's) in order.
    private mutating func evaluateKeywords(_ positions: Range<Int>, _ instance: Int, _ marks: inout AnnotationMarks) -> Bool {
        var valid = true
        for position in positions {
            let passed = keywords[position]._withUnsafeGuaranteedRef { keyword in
                if collecting { keywordPath.append(keyword.name) }
                defer { if collecting { keywordPath.removeLast() } }
                return check(keyword.keyword, Unmanaged.passUnretained(keyword), instance, &marks)
            }
            if !passed {
                valid = false
                if !collecting { return false }
            }
        }
        return valid
    }

    // MARK: - Reporting

    /// Records an error of `rule` found by `keyword` (when collecting) and returns `false`.
    private mutating func fail(_ rule: SchemaValidationRule, _ keyword: Unmanaged<CompiledKeyword>, _ message: @autoclosure () -> String) -> Bool {
        fail(rule, keyword, describing: { _ in message() })
    }

    /// Records an error found by `keyword` whose message reads the instance's tape (when collecting) and returns `false`.
    private mutating func fail(_ rule: SchemaValidationRule, _ keyword: Unmanaged<CompiledKeyword>, describing message: (JSONTape) -> String) -> Bool
    {
        guard collecting else { return false }
        return fail(rule, keyword.takeUnretainedValue().absoluteLocation, describing: message)
    }

    /// Records an error of `rule` at a node (the `false` schema, too deep) when collecting, and returns `false`.
    private mutating func fail(_ rule: SchemaValidationRule, _ absoluteLocation: String, _ message: @autoclosure () -> String) -> Bool {
        fail(rule, absoluteLocation) { _ in message() }
    }

    /// Records an error of `rule` at the current locations (when collecting) and returns `false`.
    private mutating func fail(_ rule: SchemaValidationRule, _ absoluteLocation: String, describing message: (JSONTape) -> String) -> Bool {
        if collecting {
            let text = message(tape)
            errors.append(
                ValidationError(
                    rule: rule, instanceLocation: JSONPointer(tokens: instancePath), keywordLocation: JSONPointer(tokens: keywordPath),
                    absoluteKeywordLocation: absoluteLocation, error: text))
        }
        return false
    }

    /// Records that the evaluation cannot decide here (as an error when collecting, else in
    /// `undecided`, so that no enclosing `not` or alternative turns it into a pass) and returns `false`.
    private mutating func undecidable(_ rule: SchemaValidationRule, _ absoluteLocation: String, _ message: String) -> Bool {
        if collecting { return fail(rule, absoluteLocation, message) }
        undecided.append(
            ValidationError(
                rule: rule, instanceLocation: JSONPointer(tokens: instancePath), keywordLocation: JSONPointer(tokens: keywordPath),
                absoluteKeywordLocation: absoluteLocation, error: message))
        return false
    }

    /// Records that `regex` could not be decided on the text at tape entry `text` and returns `false`.
    private mutating func undecidedPattern(_ regex: ECMARegex, _ here: Unmanaged<CompiledKeyword>, text: Int) -> Bool {
        let length = tape.scalarCount(of: text)
        return undecidable(
            .patternLimit, here.takeUnretainedValue().absoluteLocation,
            "whether the text (\(length) characters) matches the pattern \(regex.source) could not be decided within the work a match is allowed")
    }

    /// Whether `regexes` has one that matches the text at tape entry `text`; `nil` (recorded as undecided) when one could not be decided.
    private mutating func anyMatches(_ regexes: [ECMARegex], _ here: Unmanaged<CompiledKeyword>, text: Int) -> Bool? {
        for regex in regexes {
            switch tape.withBytes(of: text, { regex.matches(utf8: $0) }) {
            case true?: return true
            case false?: continue
            case nil:
                _ = undecidedPattern(regex, here, text: text)
                return nil
            }
        }
        return false
    }

    /// A step of an instance or keyword location, made into text only when errors are collected.
    private enum LocationToken {
        /// A keyword or schema property name.
        case name(String)
        /// The object key at this tape entry.
        case key(Int)
        /// An array index or subschema position.
        case index(Int)
    }

    private func text(of token: LocationToken) -> String {
        switch token {
        case .name(let name): name
        case .key(let entry): tape.string(at: entry)
        case .index(let index): String(index)
        }
    }

    /// Evaluates `node` on a child or the same instance, extending the locations while it runs.
    private mutating func apply(
        _ node: Int, to instance: Int, instanceToken: LocationToken? = nil, keywordToken: LocationToken? = nil, marks: inout AnnotationMarks
    ) -> Bool {
        guard collecting else { return evaluate(node, instance, &marks) }
        if let instanceToken { instancePath.append(text(of: instanceToken)) }
        if let keywordToken { keywordPath.append(text(of: keywordToken)) }
        let valid = evaluate(node, instance, &marks)
        if instanceToken != nil { instancePath.removeLast() }
        if keywordToken != nil { keywordPath.removeLast() }
        return valid
    }

    /// Evaluates a child instance, whose annotations do not concern this schema.
    private mutating func applyToChild(_ node: Int, _ instance: Int, instanceToken: LocationToken, keywordToken: LocationToken? = nil) -> Bool {
        var marks = AnnotationMarks.inactive
        return apply(node, to: instance, instanceToken: instanceToken, keywordToken: keywordToken, marks: &marks)
    }

    /// Evaluates without recording errors (for `not`, `if` and `contains`, whose subschemas may fail).
    private mutating func quietly(_ node: Int, _ instance: Int, _ marks: inout AnnotationMarks) -> Bool {
        let saved = collecting
        collecting = false
        defer { collecting = saved }
        return evaluate(node, instance, &marks)
    }

    // MARK: - Keywords

    /// Checks `keyword`, the keyword of `here`, on the instance at tape entry `instance`: the
    /// keyword is borrowed, so that its payload (a table, a pattern, a list) is not retained and
    /// released at each check.
    private mutating func check(
        _ keyword: borrowing SchemaKeyword, _ here: Unmanaged<CompiledKeyword>, _ instance: Int, _ marks: inout AnnotationMarks
    ) -> Bool {
        let kind = tape.kind(of: instance)
        switch keyword {
        case .type(let types):
            return types.contains(typeOf: instance, in: tape)
                || fail(.type, here) { tape in "expected \(types.names.joined(separator: " or ")), found \(tape.typeName(of: instance))" }
        case .enumeration(let values):
            return values.contains { tape.value(at: instance, equals: $0) }
                || fail(.enumeration, here, "the value is not one of the \(values.count) allowed values")
        case .constant(let value):
            return tape.value(at: instance, equals: value) || fail(.constant, here, "the value must be \(JSONWriter().string(value))")
        case .multipleOf(let divisor):
            guard kind == .number else { return true }
            let number = tape.number(at: instance)
            return number.isMultiple(of: divisor) || fail(.multipleOf, here, "\(number) is not a multiple of \(divisor)")
        case .minimum(let bound):
            guard kind == .number else { return true }
            return bound.order(ofNumberAt: instance, in: tape) != .below
                || fail(.minimum, here) { tape in "\(tape.number(at: instance)) is less than the minimum \(bound)" }
        case .exclusiveMinimum(let bound):
            guard kind == .number else { return true }
            return bound.order(ofNumberAt: instance, in: tape) == .above
                || fail(.exclusiveMinimum, here) { tape in "\(tape.number(at: instance)) must be greater than \(bound)" }
        case .maximum(let bound):
            guard kind == .number else { return true }
            return bound.order(ofNumberAt: instance, in: tape) != .above
                || fail(.maximum, here) { tape in "\(tape.number(at: instance)) is greater than the maximum \(bound)" }
        case .exclusiveMaximum(let bound):
            guard kind == .number else { return true }
            return bound.order(ofNumberAt: instance, in: tape) == .below
                || fail(.exclusiveMaximum, here) { tape in "\(tape.number(at: instance)) must be less than \(bound)" }
        case .minLength(let limit):
            guard kind == .string else { return true }
            // Scalars are between a quarter of the UTF-8 length and all of it: count only when in doubt.
            let length = tape.byteCount(of: instance)
            if length < limit { return fail(.minLength, here, "the text is shorter than \(limit) characters") }
            if length / 4 >= limit { return true }
            return tape.scalarCount(of: instance) >= limit || fail(.minLength, here, "the text is shorter than \(limit) characters")
        case .maxLength(let limit):
            guard kind == .string else { return true }
            if tape.byteCount(of: instance) <= limit { return true }
            return tape.scalarCount(of: instance) <= limit || fail(.maxLength, here, "the text is longer than \(limit) characters")
        case .pattern(let regex):
            guard kind == .string else { return true }
            switch tape.withBytes(of: instance, { regex.matches(utf8: $0) }) {
            case true?: return true
            case false?: return fail(.pattern, here, "the text does not match the pattern \(regex.source)")
            case nil: return undecidedPattern(regex, here, text: instance)
            }
        case .format(let format):
            guard kind == .string else { return true }
            return format.accepts(tape.string(at: instance)) || fail(.format, here, "the text is not a valid \(format.name)")
        case .minItems(let limit):
            guard kind == .array else { return true }
            let count = tape.count(of: instance)
            return count >= limit || fail(.minItems, here, "the array has \(count) items, fewer than \(limit)")
        case .maxItems(let limit):
            guard kind == .array else { return true }
            let count = tape.count(of: instance)
            return count <= limit || fail(.maxItems, here, "the array has \(count) items, more than \(limit)")
        case .uniqueItems:
            guard kind == .array else { return true }
            return Self.allUnique(tape.value(at: instance).arrayValue ?? []) || fail(.uniqueItems, here, "the array has duplicate items")
        case .minProperties(let limit):
            guard kind == .object else { return true }
            let count = tape.count(of: instance)
            return count >= limit || fail(.minProperties, here, "the object has \(count) properties, fewer than \(limit)")
        case .maxProperties(let limit):
            guard kind == .object else { return true }
            let count = tape.count(of: instance)
            return count <= limit || fail(.maxProperties, here, "the object has \(count) properties, more than \(limit)")
        case .required(let required):
            guard kind == .object else { return true }
            let missing = required.missing(in: instance, of: tape)
            return missing.isEmpty || failMissing(missing, here)
        case .dependentRequired(let dependencies):
            guard kind == .object else { return true }
            var valid = true
            for dependency in dependencies where has(dependency.property, instance) {
                let missing = dependency.required.filter { !has($0, instance) }
                if !missing.isEmpty && !failMissing(missing, here, because: dependency.property) {
                    valid = false
                    if !collecting { return false }
                }
            }
            return valid
        case .properties(let properties):
            guard kind == .object else { return true }
            var valid = true
            var key = instance + 1
            for index in 0..<tape.count(of: instance) {
                defer { key = tape.next(after: key + 1) }
                guard let node = properties.node(forKeyAt: key, in: tape) else { continue }
                marks.mark(index)
                if !applyToChild(node, key + 1, instanceToken: .key(key), keywordToken: .key(key)) {
                    valid = false
                    if !collecting { return false }
                }
            }
            return valid
        case .patternProperties(let patterns):
            guard kind == .object else { return true }
            var valid = true
            var key = instance + 1
            for index in 0..<tape.count(of: instance) {
                defer { key = tape.next(after: key + 1) }
                for (pattern, node) in patterns {
                    guard let matched = tape.withBytes(of: key, { pattern.matches(utf8: $0) }) else {
                        valid = undecidedPattern(pattern, here, text: key) && valid
                        if !collecting { return false }
                        continue
                    }
                    guard matched else { continue }
                    marks.mark(index)
                    if !applyToChild(node, key + 1, instanceToken: .key(key), keywordToken: .name(pattern.source)) {
                        valid = false
                        if !collecting { return false }
                    }
                }
            }
            return valid
        case .additionalProperties(let node, let known, let patterns):
            guard kind == .object else { return true }
            var valid = true
            var key = instance + 1
            for index in 0..<tape.count(of: instance) {
                defer { key = tape.next(after: key + 1) }
                if known.node(forKeyAt: key, in: tape) != nil { continue }
                guard let matched = anyMatches(patterns, here, text: key) else {
                    valid = false
                    if !collecting { return false }
                    continue
                }
                if matched { continue }
                marks.mark(index)
                if nodes[node].rejectsEverything {
                    valid = fail(.additionalProperties, here) { tape in "the property \"\(tape.string(at: key))\" is not allowed" } && valid
                } else if !applyToChild(node, key + 1, instanceToken: .key(key)) {
                    valid = false
                }
                if !valid && !collecting { return false }
            }
            return valid
        case .members(let members):
            guard kind == .object else { return true }
            return checkMembers(members, instance, &marks)
        case .propertyNames(let node):
            guard kind == .object else { return true }
            var valid = true
            var key = instance + 1
            for _ in 0..<tape.count(of: instance) {
                defer { key = tape.next(after: key + 1) }
                if !applyToChild(node, key, instanceToken: .key(key)) {
                    valid = false
                    if !collecting { return false }
                }
            }
            return valid
        case .prefixItems(let prefix):
            guard kind == .array else { return true }
            var valid = true
            var element = instance + 1
            for index in 0..<min(prefix.count, tape.count(of: instance)) {
                defer { element = tape.next(after: element) }
                marks.mark(index)
                if !applyToChild(prefix[index], element, instanceToken: .index(index), keywordToken: .index(index)) {
                    valid = false
                    if !collecting { return false }
                }
            }
            return valid
        case .items(let node, let start):
            guard kind == .array, start < tape.count(of: instance) else { return true }
            var valid = true
            var element = instance + 1
            for _ in 0..<start { element = tape.next(after: element) }
            for index in start..<tape.count(of: instance) {
                defer { element = tape.next(after: element) }
                marks.mark(index)
                if nodes[node].rejectsEverything {
                    valid = fail(.items, here, "the array may have at most \(start) items") && valid
                    if !collecting { return false }
                    break
                }
                if !applyToChild(node, element, instanceToken: .index(index)) {
                    valid = false
                    if !collecting { return false }
                }
            }
            return valid
        case .contains(let node, let minimum, let maximum):
            guard kind == .array else { return true }
            var matches = 0
            var element = instance + 1
            for index in 0..<tape.count(of: instance) {
                defer { element = tape.next(after: element) }
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
            for (offset, branch) in branches.enumerated() where !apply(branch, to: instance, keywordToken: .index(offset), marks: &marks) {
                valid = false
                if !collecting { return false }
            }
            return valid
        case .anyOf(let branches):
            let firstError = errors.count
            var matched = false
            for (offset, branch) in branches.enumerated() {
                var branchMarks = marks.branch
                if apply(branch, to: instance, keywordToken: .index(offset), marks: &branchMarks) {
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
                if apply(branch, to: instance, keywordToken: .index(offset), marks: &branchMarks) {
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
            guard kind == .object else { return true }
            var valid = true
            for dependency in dependencies where has(dependency.property, instance) {
                if !apply(dependency.node, to: instance, keywordToken: .name(dependency.property), marks: &marks) {
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
            guard kind == .object else { return true }
            var valid = true
            var key = instance + 1
            for index in 0..<tape.count(of: instance) {
                defer { key = tape.next(after: key + 1) }
                if marks.isMarked(index) { continue }
                if nodes[node].rejectsEverything {
                    valid =
                        fail(.unevaluatedProperties, here) { tape in "the property \"\(tape.string(at: key))\" is not allowed (unevaluated)" }
                        && valid
                } else if !applyToChild(node, key + 1, instanceToken: .key(key)) {
                    valid = false
                }
                if !valid && !collecting { return false }
            }
            if valid { marks.markAll() }
            return valid
        case .unevaluatedItems(let node):
            guard kind == .array else { return true }
            var valid = true
            var element = instance + 1
            for index in 0..<tape.count(of: instance) {
                defer { element = tape.next(after: element) }
                if marks.isMarked(index) { continue }
                if nodes[node].rejectsEverything {
                    valid = fail(.unevaluatedItems, here, "item \(index) is not allowed (unevaluated)") && valid
                } else if !applyToChild(node, element, instanceToken: .index(index)) {
                    valid = false
                }
                if !valid && !collecting { return false }
            }
            if valid { marks.markAll() }
            return valid
        }
    }

    /// The fused `properties`, `additionalProperties` and `required` (fast path only: it records
    /// no errors): one look-up a key gives its subschema and whether it is a required name.
    private mutating func checkMembers(_ members: ObjectMembers, _ object: Int, _ marks: inout AnnotationMarks) -> Bool {
        var found: UInt64 = 0
        var key = object + 1
        for index in 0..<tape.count(of: object) {
            defer { key = tape.next(after: key + 1) }
            let node: Int
            if let position = members.properties.position(forKeyAt: key, in: tape) {
                if members.fusesRequired { found |= members.requiredBits[position] }
                node = members.properties.node(at: position)
            } else if let additional = members.additional {
                node = additional
            } else {
                continue
            }
            marks.mark(index)
            var childMarks = AnnotationMarks.inactive
            if !evaluate(node, key + 1, &childMarks) { return false }
        }
        return found == members.allRequired
    }

    /// `then` or `else`: reported under its own keyword name rather than `if`.
    private mutating func applyBranch(_ node: Int, named name: String, to instance: Int, _ marks: inout AnnotationMarks) -> Bool {
        guard collecting else { return evaluate(node, instance, &marks) }
        let saved = keywordPath.removeLast()
        keywordPath.append(name)
        let valid = evaluate(node, instance, &marks)
        keywordPath.removeLast()
        keywordPath.append(saved)
        return valid
    }

    /// Records that the object lacks the `missing` properties `here` requires (because `trigger`
    /// is present, for `dependentRequired`) and returns `false`.
    private mutating func failMissing(_ missing: [String], _ here: Unmanaged<CompiledKeyword>, because trigger: String? = nil) -> Bool {
        fail(trigger == nil ? .required : .dependentRequired, here) { _ in
            let list = missing.map { "\"\($0)\"" }.joined(separator: ", ")
            let reason = trigger.map { " (because \"\($0)\" is present)" } ?? ""
            return "missing required propert\(missing.count == 1 ? "y" : "ies") \(list)\(reason)"
        }
    }

    /// Whether the object at tape entry `object` has the member `name` (compared byte for byte).
    private func has(_ name: String, _ object: Int) -> Bool {
        var key = object + 1
        for _ in 0..<tape.count(of: object) {
            if tape.string(at: key, equals: name) { return true }
            key = tape.next(after: key + 1)
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
