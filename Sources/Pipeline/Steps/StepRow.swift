import Diagnostics
import JSONCore
import Traceability

/// One step row read into typed values: identifiers as canonical GS1 Digital Links, the time as
/// an instant, amounts as exact numbers. ``StepRowReader`` makes it; ``StepEventBuilder`` turns it into an event.
struct StepRow {
    /// A lot a step takes (or handles) and how much of it, in the unit the lot was produced in.
    struct LotAmount {
        var lot: String
        var quantity: JSONNumber
    }

    /// The lot a step produces.
    struct Output {
        var lot: String
        /// The lot's class: the Digital Link of its GTIN and lot number.
        var epcClass: String
        var quantity: JSONNumber
        /// `KGM` or `H87` (pieces).
        var uom: String
    }

    /// A fibre test's measurement.
    struct Test {
        var type: String
        var method: String?
        var unit: String?
        var mean: JSONNumber?
        var standardDeviation: JSONNumber?
        var percentileRank: JSONNumber?
        var percentileValue: JSONNumber?
        var passed: Bool
    }

    var kind: StepKind
    var eventID: String?
    var time: EPCISTime
    var timeZoneOffset: String
    var process: String?
    var inputs: [LotAmount]
    var output: Output?
    /// The location (AI 414 Digital Link) where the step happens.
    var location: String?
    var from: String?
    var to: String?
    var toLocation: String?
    var containers: [String]
    var purchaseOrder: String?
    var producer: String?
    var country: String?
    var aimag: String?
    var soum: String?
    var fibre: String?
    var species: String?
    var harvestMethod: String?
    var certificates: [String]
    var yarnCount: String?
    var test: Test?
    /// Where the row is.
    var place: StepRowPlace

    /// Where `column` of the row is.
    func locate(_ column: StepColumn) -> SourceLocation { place.locate(column) }
}
