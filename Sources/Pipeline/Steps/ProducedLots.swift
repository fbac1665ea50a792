import JSONCore
import Spooling
import Traceability

/// The lots step rows produce, each numbered in the order its row was read, with what the
/// rows' second reading needs of it: its class, amount, unit, time and row, and how much of it
/// the rows so far have taken.
///
/// A programme's file produces hundreds of thousands of lots (herder, dehaired, yarn and
/// garment lots), all kept until the end of the reading, so a lot is kept small: its class and
/// amount as text in a byte store (a `String` and a ``JSONNumber`` each were a heap object), its
/// row as a ``StepRowPlace`` (a closure each held a copy of its table's columns), its lot number
/// only as a byte key (a dictionary of `String`s took 58 MB for a programme's lots), and the
/// lots in segments (an array doubling past 524,288 lots held 139 MB for a moment).
struct ProducedLots {
    /// A produced lot's class then its amount, as text kept in `texts` at `text`, the class its
    /// first `classCount` bytes.
    private struct Entry {
        var text: ByteStringStore.Place
        var classCount: UInt32
        var amount: Double
        var taken: Double
        var uom: String
        var time: EPCISTime
        var place: StepRowPlace
    }

    /// Each lot's number, by its lot number's bytes.
    private var numbers = ByteKeyedTable<Void>()
    /// The lots, by number, in segments: 533,000 lots of a programme grow without copies.
    private var entries = SegmentedArray<Entry>()
    /// Each lot's class (a Digital Link) then its amount as a JSON number.
    private var texts = ByteStringStore()

    /// The number of the lot `lot`, if a row produces it.
    func number(of lot: String) -> Int? {
        var lot = lot
        return lot.withUTF8 { numbers.index(of: $0) }
    }

    /// Numbers the lot `output` that the row at `place`, of time `time`, produces; when a row
    /// before produces it, keeps that row's and returns its number.
    mutating func add(_ output: StepRow.Output, time: EPCISTime, place: StepRowPlace) -> Int? {
        var lot = output.lot
        let number = lot.withUTF8 { numbers.index(storing: $0, initial: ()) }
        guard number == entries.count else { return number }
        let text = Array(output.epcClass.utf8) + Array(output.quantity.description.utf8)
        entries.append(
            Entry(
                text: text.withUnsafeBufferPointer { texts.append($0) }, classCount: UInt32(output.epcClass.utf8.count),
                amount: output.quantity.doubleValue, taken: 0, uom: output.uom, time: time, place: place))
        return nil
    }

    /// The lot's class: the Digital Link of its GTIN and lot number.
    func epcClass(of number: Int) -> String {
        let entry = entries[number]
        return texts.withBytes(at: entry.text) { String(decoding: $0.prefix(Int(entry.classCount)), as: UTF8.self) }
    }

    /// How much of the lot its row produces, in ``uom(of:)``.
    func quantity(of number: Int) -> JSONNumber {
        // The text is a number's description, which reads back as that number.
        let entry = entries[number]
        let amount = texts.withBytes(at: entry.text) { String(decoding: $0.dropFirst(Int(entry.classCount)), as: UTF8.self) }
        return JSONNumber(literal: amount) ?? JSONNumber(entry.amount)
    }

    /// The lot's unit: `KGM` or `H87`.
    func uom(of number: Int) -> String { entries[number].uom }

    /// When the lot is produced.
    func time(of number: Int) -> EPCISTime { entries[number].time }

    /// Where the row that produces the lot is.
    func place(of number: Int) -> StepRowPlace { entries[number].place }

    /// Counts `amount` more of the lot as taken; returns how much has been taken of it in all,
    /// and whether that is more than was produced.
    mutating func take(_ amount: Double, of number: Int) -> (total: Double, isOverdrawn: Bool) {
        entries[number].taken += amount
        return (entries[number].taken, entries[number].taken > entries[number].amount + 1e-9)
    }
}
