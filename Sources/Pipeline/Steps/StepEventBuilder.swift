import Diagnostics
import JSONCore
import Traceability

/// Turns read step rows into EPCIS 2.0 events, in row order, refusing rows that cannot become
/// valid EPCIS: a lot used that no row produces, or used before the row that produces it; a
/// lot produced twice; a processing step that puts out more kilograms than it takes in, or
/// steps that take more of a lot than was produced of it.
///
/// Each step maps to one event (see README, "Steps as EPCIS"): a herder lot to a commissioning
/// ObjectEvent with the lot's origin as ILMD; shipping and receiving to ObjectEvents with their
/// parties; dehairing, spinning and knitting to TransformationEvents; a fibre test to an
/// inspecting ObjectEvent with its measurement as a sensor report; packing to an AggregationEvent.
struct StepEventBuilder {
    private(set) var diagnostics: [Diagnostic] = []
    /// The lots the rows produce, from ``register(_:number:)``, and how much of each the
    /// transformation and packing rows so far have taken.
    private var lots = ProducedLots()
    /// The numbers of the rows that produce a lot an earlier row produces (they give no event).
    private var producesTwice: Set<Int> = []

    /// Notes the lot `row` produces, if any; `number` is the row's place among the table's rows, from 0.
    ///
    /// Every row is registered before any event is asked for (a row may use a lot a later row
    /// produces, as long as it is produced earlier in time), so the rows are read twice rather
    /// than kept: a copy of every row was most of the steps stage's memory.
    mutating func register(_ row: StepRow, number: Int) {
        guard let output = row.output, let earlier = lots.add(output, time: row.time, place: row.place) else { return }
        producesTwice.insert(number)
        diagnostics.append(
            .error(
                StepRule.lotTwice, "the lot \(output.lot) is already produced by the row at \(lots.place(of: earlier).locate(.outputLot))",
                at: row.locate(.outputLot)))
    }

    /// The event of the row `row` (the table's `number`-th, registered if it produces a lot), or
    /// `nil` when it has errors (each reported); rows must be asked for in the table's order.
    ///
    /// `lotsOfRowsWithErrors` are the output lots of rows that could not be read: a row using
    /// one gives no event and no error of its own, as the row producing it is already reported.
    mutating func event(of row: StepRow, number: Int, lotsOfRowsWithErrors: Set<String>) -> EPCISEvent? {
        guard !producesTwice.contains(number) else { return nil }
        let before = diagnostics.count
        if row.inputs.contains(where: { lots.number(of: $0.lot) == nil && lotsOfRowsWithErrors.contains($0.lot) }) { return nil }
        let inputs = row.inputs.compactMap { input -> QuantityElement? in
            guard let lot = lots.number(of: input.lot) else {
                diagnostics.append(
                    .error(StepRule.unknownLot, "no row produces the lot \(input.lot) (as its output lot)", at: row.locate(.inputLots)))
                return nil
            }
            guard lots.time(of: lot) <= row.time else {
                diagnostics.append(
                    .error(
                        StepRule.unknownLot,
                        "the lot \(input.lot) is used at \(row.time.formatted(offsetSeconds: 0)) before it exists: it is produced at \(lots.time(of: lot)) by the row at \(lots.place(of: lot).locate(.outputLot))",
                        at: row.locate(.inputLots)))
                return nil
            }
            return QuantityElement(epcClass: lots.epcClass(of: lot), quantity: input.quantity, uom: lots.uom(of: lot))
        }
        if diagnostics.count == before, row.kind.isTransformation || row.kind == .packing { take(row) }
        // The mass balance is only meaningful when every input lot is known.
        if diagnostics.count == before, row.kind.isTransformation, let output = row.output, output.uom == "KGM",
            inputs.allSatisfy({ $0.uom == "KGM" })
        {
            let taken = inputs.reduce(0.0) { $0 + ($1.quantity?.doubleValue ?? 0) }
            if output.quantity.doubleValue > taken + 1e-9 {
                diagnostics.append(
                    .error(
                        StepRule.mass, "the step puts out \(output.quantity) kg but takes in \(JSONNumber(taken)) kg: a step cannot make fibre",
                        at: row.locate(.outputQuantity)))
            }
        }
        guard diagnostics.count == before else { return nil }
        return event(of: row, inputs: inputs)
    }

    /// Counts what `row` takes of its input lots, reporting a lot taken beyond what was produced of it.
    private mutating func take(_ row: StepRow) {
        for input in row.inputs {
            guard let lot = lots.number(of: input.lot) else { continue }
            let taken = lots.take(input.quantity.doubleValue, of: lot)
            if taken.isOverdrawn {
                let unit = lots.uom(of: lot) == "KGM" ? "kg" : "pieces"
                diagnostics.append(
                    .error(
                        StepRule.mass,
                        "the steps up to this row take \(JSONNumber(taken.total)) \(unit) of the lot \(input.lot), but \(lots.quantity(of: lot)) \(unit) were produced (the row at \(lots.place(of: lot).locate(.outputQuantity)))",
                        at: row.locate(.inputLots)))
            }
        }
    }

    private func event(of row: StepRow, inputs: [QuantityElement]) -> EPCISEvent {
        let kind: EPCISEvent.Kind =
            switch row.kind {
            case .dehairing, .spinning, .knitting: .transformationEvent
            case .packing: .aggregationEvent
            default: .objectEvent
            }
        var event = EPCISEvent(kind: kind, eventTime: row.time, eventTimeZoneOffset: row.timeZoneOffset, location: row.locate(.step))
        event.eventID = row.eventID
        event.readPoint = row.location
        event.certificationInfo = row.certificates
        let output = row.output.map { [QuantityElement(epcClass: $0.epcClass, quantity: $0.quantity, uom: $0.uom)] } ?? []
        switch row.kind {
        case .herderLot:
            (event.action, event.bizStep, event.disposition) = (.add, "commissioning", "active")
            event.bizLocation = row.location
            event.quantityList = output
            event.ilmd = herderLotILMD(row)
        case .shipping:
            (event.action, event.bizStep, event.disposition) = (.observe, "shipping", "in_transit")
            event.quantityList = inputs
            event.epcList = row.containers
            event.sourceList = places(party: row.from, location: row.location)
            event.destinationList = places(party: row.to, location: row.toLocation)
            event.bizTransactionList = row.purchaseOrder.map { [BusinessTransaction(type: "po", id: $0)] } ?? []
        case .receiving:
            (event.action, event.bizStep, event.disposition) = (.observe, "receiving", "in_progress")
            event.bizLocation = row.location
            event.quantityList = inputs
            event.sourceList = places(party: row.from, location: nil)
            event.destinationList = places(party: row.to, location: nil)
        case .dehairing, .spinning, .knitting:
            (event.bizStep, event.disposition) = ("commissioning", "active")
            event.bizLocation = row.location
            event.inputQuantityList = inputs
            event.outputQuantityList = output
            event.ilmd = [
                row.output.map { master("lotNumber", $0.lot) }, textile("process", row.process ?? row.kind.rawValue),
                row.yarnCount.map { textile("yarnCount", $0) },
            ].compactMap { $0 }
        case .fibreTest:
            (event.action, event.bizStep) = (.observe, "inspecting")
            event.disposition = row.test?.passed == false ? "non_conformant" : "conformant"
            event.quantityList = inputs
            event.sensorElementList = row.test.map { [sensorElement($0, time: row.time)] } ?? []
        case .packing:
            (event.action, event.bizStep, event.disposition) = (.add, "packing", "in_progress")
            event.bizLocation = row.location
            event.parentID = row.containers.first
            event.quantityList = inputs
        }
        return event
    }

    private func herderLotILMD(_ row: StepRow) -> [ExtensionField] {
        [
            row.country.map { master("countryOfOrigin", $0) }, row.output.map { master("lotNumber", $0.lot) },
            row.fibre.map { textile("fibre", $0) }, row.species.map { textile("species", $0) }, row.aimag.map { textile("region", $0) },
            row.soum.map { textile("district", $0) }, row.producer.map { textile("producer", $0) },
            row.harvestMethod.map { textile("harvestMethod", $0) },
        ].compactMap { $0 }
    }

    private func places(party: String?, location: String?) -> [PartyOrPlace] {
        [party.map { PartyOrPlace(type: "owning_party", id: $0) }, location.map { PartyOrPlace(type: "location", id: $0) }].compactMap { $0 }
    }

    private func sensorElement(_ test: StepRow.Test, time: EPCISTime) -> SensorElement {
        var metadata = SensorMetadata()
        metadata.time = time
        metadata.dataProcessingMethod = test.method
        var report = SensorReport()
        report.type = test.type
        report.meanValue = test.mean
        report.sDev = test.standardDeviation
        report.percRank = test.percentileRank
        report.percValue = test.percentileValue
        report.uom = test.unit
        return SensorElement(metadata: metadata, reports: [report])
    }

    private func master(_ name: String, _ value: String) -> ExtensionField {
        ExtensionField(namespace: ExtensionField.cbvMasterData, name: name, value: .text(value))
    }

    private func textile(_ name: String, _ value: String) -> ExtensionField {
        ExtensionField(namespace: ExtensionField.textilePassport, name: name, value: .text(value))
    }
}
