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
        /// The keywords of the fast path (see `SchemaNode.fastPathKeywords`): positions in `keywords`.
        let fastPathKeywords: Range<Int>
        /// The node's absolute URI, for errors reported at the node.
        let absoluteLocation: String
    }

    let nodes: UnsafeMutableBufferPointer<Node>
    /// Every node's keywords, node after node, each followed by its fast path's when they differ;
    /// retained by the program.
    let keywords: UnsafeMutableBufferPointer<Unmanaged<CompiledKeyword>>

    init(_ compiled: [SchemaNode]) {
        nodes = .allocate(capacity: compiled.count)
        var laid: [Unmanaged<CompiledKeyword>] = []
        func lay(_ list: [CompiledKeyword]) -> Range<Int> {
            let first = laid.count
            laid += list.map { .passRetained($0) }
            return first..<laid.count
        }
        for (index, node) in compiled.enumerated() {
            let all = lay(node.keywords)
            let fastPath = node.fastPathKeywords.elementsEqual(node.keywords, by: ===) ? all : lay(node.fastPathKeywords)
            (nodes.baseAddress! + index).initialize(
                to: Node(
                    rejectsEverything: node.rejectsEverything, collectsAnnotations: node.collectsAnnotations, resource: node.resource,
                    keywords: all, fastPathKeywords: fastPath, absoluteLocation: node.absoluteLocation))
        }
        keywords = .allocate(capacity: laid.count)
        _ = keywords.initialize(from: laid)
    }

    deinit {
        nodes.deinitialize().deallocate()
        for keyword in keywords { keyword.release() }
        keywords.deallocate()
    }
}
