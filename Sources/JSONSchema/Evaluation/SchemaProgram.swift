/// The compiled nodes of a schema laid out once in memory the evaluator reads in place.
///
/// Nodes are read through a buffer pointer and keywords through references the program owns and
/// the evaluator does not count, so a keyword's payload is borrowed where it lies: checking an
/// instance retains and releases nothing of the schema (reference counts on a schema shared by
/// several jobs would also make their cores contend for the same cache lines). The buffers live
/// as long as the program, which the validator owns.
final class SchemaProgram: @unchecked Sendable {
    // Written once in `init`, then only read: safe to share between threads.

    /// One node: what the evaluator needs before it looks at the node's keywords.
    struct Node {
        /// Whether this is the `false` schema.
        let rejectsEverything: Bool
        /// Whether the node evaluates `unevaluated*`, so it collects annotations.
        let collectsAnnotations: Bool
        /// The schema resource the node belongs to (for `$dynamicRef` scope).
        let resource: Int
        /// The node's keywords: positions in `keywords`.
        let keywords: Range<Int>
        /// The node's absolute URI, for errors reported at the node.
        let absoluteLocation: String
    }

    let nodes: UnsafeMutableBufferPointer<Node>
    /// Every node's keywords, node after node, retained once by the program.
    let keywords: UnsafeMutableBufferPointer<Unmanaged<CompiledKeyword>>

    init(_ compiled: [SchemaNode]) {
        nodes = .allocate(capacity: compiled.count)
        keywords = .allocate(capacity: compiled.reduce(0) { $0 + $1.keywords.count })
        var next = 0
        for (index, node) in compiled.enumerated() {
            let first = next
            for keyword in node.keywords {
                (keywords.baseAddress! + next).initialize(to: .passRetained(keyword))
                next += 1
            }
            (nodes.baseAddress! + index).initialize(
                to: Node(
                    rejectsEverything: node.rejectsEverything, collectsAnnotations: node.collectsAnnotations, resource: node.resource,
                    keywords: first..<next, absoluteLocation: node.absoluteLocation))
        }
    }

    deinit {
        nodes.deinitialize().deallocate()
        for keyword in keywords { keyword.release() }
        keywords.deallocate()
    }
}
