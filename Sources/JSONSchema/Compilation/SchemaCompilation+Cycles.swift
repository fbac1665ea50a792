import JSONCore

extension SchemaCompilation {
    /// Refuses schemas whose in-place applicators (`$ref`, `allOf`, `not`, ...) lead back to
    /// themselves: evaluating them would never end, whatever the instance.
    func refuseReferenceCycles() throws(SchemaCompileError) {
        enum Mark { case unvisited, onPath, done }
        var marks = [Mark](repeating: .unvisited, count: nodes.count)
        for start in nodes.indices where marks[start] == .unvisited {
            // Iterative depth-first search: a stack of (node, its in-place successors, next successor).
            var stack: [(node: Int, successors: [Int], next: Int)] = [(start, Self.inPlaceSuccessors(of: nodes[start]), 0)]
            marks[start] = .onPath
            while !stack.isEmpty {
                let top = stack.count - 1
                guard stack[top].next < stack[top].successors.count else {
                    marks[stack[top].node] = .done
                    stack.removeLast()
                    continue
                }
                let successor = stack[top].successors[stack[top].next]
                stack[top].next += 1
                switch marks[successor] {
                case .done: continue
                case .onPath:
                    let cycle = stack.drop(while: { $0.node != successor }).map { nodes[$0.node].absoluteLocation }
                    throw SchemaCompileError(
                        .referenceCycle, at: nodes[successor].absoluteLocation,
                        "references form a cycle that never enters the instance: "
                            + (cycle + [nodes[successor].absoluteLocation]).joined(separator: " -> "))
                case .unvisited:
                    marks[successor] = .onPath
                    stack.append((successor, Self.inPlaceSuccessors(of: nodes[successor]), 0))
                }
            }
        }
    }

    /// The nodes a node applies to the same instance location.
    private static func inPlaceSuccessors(of node: SchemaNode) -> [Int] {
        node.keywords.flatMap { compiled -> [Int] in
            switch compiled.keyword {
            case .ref(let target), .not(let target): [target]
            case .dynamicRef(let target, _): [target]
            case .allOf(let targets), .anyOf(let targets), .oneOf(let targets): targets
            case .conditional(let condition, let then, let otherwise): [condition] + [then, otherwise].compactMap { $0 }
            case .dependentSchemas(let dependencies): dependencies.map(\.node)
            default: []
            }
        }
    }
}
