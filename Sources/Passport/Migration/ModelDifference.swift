/// The paths at which two values of the same model type differ (`origins[2].materialType.id`),
/// found by walking both with `Mirror`, so that any member added to ``Passport`` is compared too.
enum ModelDifference {
    /// The outermost paths at which `value` and `other` differ.
    static func paths<Model: Equatable>(_ value: Model, _ other: Model) -> [String] {
        guard value != other else { return [] }
        var paths: [String] = []
        collect(value, other, at: "", into: &paths)
        return paths
    }

    private static func collect(_ value: Any, _ other: Any, at path: String, into paths: inout [String]) {
        let mirror = Mirror(reflecting: value)
        let otherMirror = Mirror(reflecting: other)
        switch (mirror.displayStyle, otherMirror.displayStyle) {
        case (.struct?, .struct?):
            for (child, otherChild) in zip(mirror.children, otherMirror.children) {
                let label = child.label ?? "?"
                collect(child.value, otherChild.value, at: path.isEmpty ? label : path + "." + label, into: &paths)
            }
        case (.optional?, .optional?):
            switch (mirror.children.first, otherMirror.children.first) {
            case (nil, nil): return
            case (let wrapped?, let otherWrapped?): collect(wrapped.value, otherWrapped.value, at: path, into: &paths)
            default: paths.append(path)
            }
        case (.collection?, .collection?) where mirror.children.count == otherMirror.children.count:
            for (index, (element, otherElement)) in zip(mirror.children, otherMirror.children).enumerated() {
                collect(element.value, otherElement.value, at: "\(path)[\(index)]", into: &paths)
            }
        default:
            if String(reflecting: value) != String(reflecting: other) { paths.append(path) }
        }
    }
}
