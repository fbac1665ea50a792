/// Which members or items of the current instance some keyword has evaluated (the annotations
/// `unevaluatedProperties` and `unevaluatedItems` read), by member or item index.
///
/// Inactive marks record nothing: they are what every schema without `unevaluated*` above it gets.
/// They hold no array at all (an empty one would still be made unique, that is allocated, by the
/// copy-on-write checks the compiler hoists out of the loops that mark).
struct AnnotationMarks {
    /// Whether each member or item was evaluated; `nil` for inactive marks.
    private var bits: [Bool]?

    /// Marks that record nothing.
    static var inactive: AnnotationMarks { AnnotationMarks(bits: nil) }

    private init(bits: [Bool]?) {
        self.bits = bits
    }

    /// Active marks for an instance with `count` members or items, none evaluated yet.
    init(count: Int) {
        self.init(bits: Array(repeating: false, count: count))
    }

    var isActive: Bool { bits != nil }

    /// Fresh marks of the same kind, for a branch whose annotations count only if it passes.
    var branch: AnnotationMarks { bits.map { AnnotationMarks(count: $0.count) } ?? .inactive }

    mutating func mark(_ index: Int) {
        bits?[index] = true
    }

    mutating func markAll() {
        if let count = bits?.count { bits = Array(repeating: true, count: count) }
    }

    mutating func merge(_ other: AnnotationMarks) {
        guard bits != nil, let evaluated = other.bits else { return }
        for index in evaluated.indices where evaluated[index] { bits![index] = true }
    }

    func isMarked(_ index: Int) -> Bool { bits?[index] ?? false }
}
