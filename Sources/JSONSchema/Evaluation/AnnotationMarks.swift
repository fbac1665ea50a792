/// Which members or items of the current instance some keyword has evaluated (the annotations
/// `unevaluatedProperties` and `unevaluatedItems` read), by member or item index.
///
/// Inactive marks record nothing: they are what every schema without `unevaluated*` above it gets.
struct AnnotationMarks {
    private(set) var bits: [Bool]
    let isActive: Bool

    /// Marks that record nothing.
    static var inactive: AnnotationMarks { AnnotationMarks(bits: [], isActive: false) }

    private init(bits: [Bool], isActive: Bool) {
        self.bits = bits
        self.isActive = isActive
    }

    /// Active marks for an instance with `count` members or items, none evaluated yet.
    init(count: Int) {
        self.init(bits: Array(repeating: false, count: count), isActive: true)
    }

    /// Fresh marks of the same kind, for a branch whose annotations count only if it passes.
    var branch: AnnotationMarks { isActive ? AnnotationMarks(count: bits.count) : .inactive }

    mutating func mark(_ index: Int) {
        if isActive { bits[index] = true }
    }

    mutating func markAll() {
        if isActive { bits = Array(repeating: true, count: bits.count) }
    }

    mutating func merge(_ other: AnnotationMarks) {
        guard isActive, other.isActive else { return }
        for index in bits.indices where other.bits[index] { bits[index] = true }
    }

    func isMarked(_ index: Int) -> Bool { bits[index] }
}
