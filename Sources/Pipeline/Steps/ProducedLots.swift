import JSONCore
import Traceability

/// The lots step rows produce, each numbered in the order its row was read, with what the
/// rows' second reading needs of it: its class, amount, unit, time and row, and how much of it
/// the rows so far have taken.
///
/// A programme's file produces hundreds of thousands of lots (herder, dehaired, yarn and
/// garment lots), all kept until the end of the reading, so a lot is kept small: its class and
/// amount as text in one array of bytes (a `String` and a ``JSONNumber`` each were a heap
/// object), its row as a ``StepRowPlace`` (a closure each held a copy of its table's columns).
struct ProducedLots {
    /// A produced lot's class and amount are `texts[textStart..<classEnd]` and
    /// `texts[classEnd..<amountEnd]`, `textStart` the end of the lot before it.
    private struct Entry {
        var classEnd: Int
        var amountEnd: Int
        var amount: Double
        var taken: Double
        var uom: String
        var time: EPCISTime
        var place: StepRowPlace
    }

    /// Each lot's number, by its lot number.
    private var numbers: [String: Int] = [:]
    private var entries: [Entry] = []
    /// Each lot's class (a Digital Link) then its amount as a JSON number, one lot after the other.
    private var texts: [UInt8] = []

    /// The number of the lot `lot`, if a row produces it.
    func number(of lot: String) -> Int? { numbers[lot] }

    /// Numbers the lot `output` that the row at `place`, of time `time`, produces; when a row
    /// before produces it, keeps that row's and returns its number.
    mutating func add(_ output: StepRow.Output, time: EPCISTime, place: StepRowPlace) -> Int? {
        if let earlier = numbers[output.lot] { return earlier }
        numbers[output.lot] = entries.count
        texts.append(contentsOf: output.epcClass.utf8)
        let classEnd = texts.count
        texts.append(contentsOf: output.quantity.description.utf8)
        entries.append(
            Entry(
                classEnd: classEnd, amountEnd: texts.count, amount: output.quantity.doubleValue, taken: 0, uom: output.uom, time: time,
                place: place))
        return nil
    }

    /// The lot's class: the Digital Link of its GTIN and lot number.
    func epcClass(of number: Int) -> String {
        String(decoding: texts[textStart(of: number)..<entries[number].classEnd], as: UTF8.self)
    }

    /// How much of the lot its row produces, in ``uom(of:)``.
    func quantity(of number: Int) -> JSONNumber {
        // The text is a number's description, which reads back as that number.
        JSONNumber(literal: String(decoding: texts[entries[number].classEnd..<entries[number].amountEnd], as: UTF8.self))
            ?? JSONNumber(entries[number].amount)
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

    private func textStart(of number: Int) -> Int { number == 0 ? 0 : entries[number - 1].amountEnd }
}
