/// The indexes of the events that do one thing to one identifier, in document order.
///
/// Most identifiers (a serialised item, a lot) have one such event, which is stored inline: a
/// graph over a million events then needs no allocation per identifier.
struct EventIndexList: RandomAccessCollection {
    private var head: Int32 = 0
    private var count32: Int32 = 0
    private var rest: [Int32] = []

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { Int(count32) }

    subscript(position: Int) -> Int32 {
        position == 0 ? head : rest[position - 1]
    }

    mutating func append(_ index: Int32) {
        if count32 == 0 { head = index } else { rest.append(index) }
        count32 += 1
    }
}
