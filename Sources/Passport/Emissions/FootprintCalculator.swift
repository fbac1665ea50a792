import Diagnostics
import Traceability

/// Works out a product lot's footprint per item: from the lot back through the transformations
/// of its trace, each input's quantity per item (its quantity over the output's), times the
/// intensity its facility declares for its stage and year.
///
/// Herding counts the kg of raw fibre per item from each origin lot; a herder group that declares
/// per kg of dehaired fibre is counted on the dehaired kg, by the yield (mass out over mass in)
/// of the transformation that took its lot. A processing step counts the kg of its output per
/// item; a garment counted in pieces weighs what the catalogue says. A mass the trace does not
/// give in kg is never added to one that it does: the stage is left out with ``FootprintRule/mixedUnits``.
public struct FootprintCalculator: Sendable {
    public let declarations: [EmissionsDeclaration]
    /// The position of the first declaration of each facility, stage and year.
    private let positions: [DeclarationKey: Int]
    /// The process of each facility the catalogue names one for: the stage of a transformation
    /// there whose event records none (EPCIS from a system that writes no textile ILMD).
    private let facilityProcesses: [String: String]

    /// What a declaration is looked up by.
    private struct DeclarationKey: Hashable {
        var facility: String
        var stage: String
        var year: Int
    }

    /// The calculator of `declarations`; a step's stage is its event's process, or else the
    /// process `facilities` give the place it happened at.
    public init(declarations: [EmissionsDeclaration], facilities: [Facility] = []) {
        self.declarations = declarations
        var facilityProcesses: [String: String] = [:]
        for facility in facilities {
            if let process = facility.process, facilityProcesses[facility.id] == nil { facilityProcesses[facility.id] = process }
        }
        self.facilityProcesses = facilityProcesses
        var positions: [DeclarationKey: Int] = [:]
        for (position, declaration) in declarations.enumerated() {
            let key = DeclarationKey(facility: declaration.facility, stage: declaration.stage, year: declaration.year)
            if positions[key] == nil { positions[key] = position }
        }
        self.positions = positions
    }

    /// The footprint of one item of the lot `trace` traced, weighing `itemKilograms` when known,
    /// and what could not be counted.
    public func footprint(of trace: Trace, itemKilograms: Double?) -> (footprint: ProductFootprint, diagnostics: [Diagnostic]) {
        var walk = FootprintWalk(calculator: self, trace: trace, itemKilograms: itemKilograms)
        walk.count()
        return walk.result()
    }

    /// The stage of `step`: the process its event records, or the one the catalogue gives its place.
    func stage(of step: TraceStep) -> String? {
        step.process ?? step.location.flatMap { facilityProcesses[$0] }
    }

    /// The declaration of `facility` for `stage` covering `year`.
    func declaration(facility: String?, stage: String?, year: Int?) -> EmissionsDeclaration? {
        guard let facility, let stage, let year else { return nil }
        return positions[DeclarationKey(facility: facility, stage: stage, year: year)].map { declarations[$0] }
    }
}

/// The state of one footprint walk through a trace.
private struct FootprintWalk {
    let calculator: FootprintCalculator
    let trace: Trace
    let itemKilograms: Double?
    let producers: [String: TraceStep]
    let origins: [String: TraceOrigin]
    var contributions: [ProductFootprint.Contribution] = []
    /// When each contribution's earliest event happened, to list processing oldest first.
    var times: [EPCISTime?] = []
    var rawFibre = 0.0
    var declaredRawFibre = 0.0
    var undeclaredSteps: [ProductFootprint.UndeclaredStep] = []
    var diagnostics: [Diagnostic] = []
    private var reported: Set<String> = []

    init(calculator: FootprintCalculator, trace: Trace, itemKilograms: Double?) {
        self.calculator = calculator
        self.trace = trace
        self.itemKilograms = itemKilograms
        var producers: [String: TraceStep] = [:]
        for step in trace.steps where step.kind == .transformationEvent {
            for output in step.outputs where producers[output.epcClass] == nil { producers[output.epcClass] = step }
        }
        self.producers = producers
        origins = Dictionary(trace.origins.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A place the walk counts an amount at: a lot a transformation made, or an origin lot as
    /// the transformation that made `consumer` took it.
    private enum Stop: Hashable {
        case made(String)
        case taken(origin: String, consumer: String)
    }

    /// Counts one item of the traced lot back to its origins. The stops are ordered first: the
    /// reverse of the order a depth-first search, with a stack of its own, finishes them (the
    /// search takes a lot's inputs last to first, so that a trace without shared lots is counted
    /// in the order its inputs are listed, as a walk down each path would count it). Then each
    /// stop is counted once, in that order, with the amount every path brings it (lots split
    /// and joined again have exponentially many paths). A lot among its own inputs is not
    /// followed back into itself.
    mutating func count() {
        guard producers[trace.id] != nil else { return }
        var amounts: [Stop: Double] = [.made(trace.id): 1]
        for stop in orderedStops() {
            let amount = amounts[stop] ?? 0
            switch stop {
            case .made(let lot):
                guard let (step, quantity) = madeLot(lot) else { continue }
                countTransformation(step, output: lot, quantity: quantity, amount: amount)
                for input in step.inputs {
                    guard let consumed = input.quantity?.doubleValue, let next = stopOfInput(input.epcClass, consumer: lot) else { continue }
                    amounts[next, default: 0] += amount * consumed / quantity
                }
            case .taken(let origin, let consumer):
                visitOrigin(origins[origin]!, amount: amount, consumer: producers[consumer]!)
            }
        }
    }

    /// The step that made `lot` and the quantity it lists of it, when that quantity can be divided by.
    private func madeLot(_ lot: String) -> (step: TraceStep, quantity: Double)? {
        guard let step = producers[lot], let output = step.outputs.first(where: { $0.epcClass == lot }),
            let quantity = output.quantity?.doubleValue, quantity > 0
        else { return nil }
        return (step, quantity)
    }

    /// Where an input `lot` of the step that made `consumer` is counted, if anywhere.
    private func stopOfInput(_ lot: String, consumer: String) -> Stop? {
        if producers[lot] != nil { return .made(lot) }
        return origins[lot] != nil ? .taken(origin: lot, consumer: consumer) : nil
    }

    /// The stops from the traced lot, each before the stops it brings an amount to.
    private func orderedStops() -> [Stop] {
        var finished: [Stop] = []
        var takenOrigins: Set<Stop> = []
        var onStack: [String: Bool] = [:]
        var stack: [(stop: Stop, next: [Stop])] = []
        func enter(_ lot: String) {
            onStack[lot] = true
            var next: [Stop] = []
            if let (step, _) = madeLot(lot) {
                for input in step.inputs where input.quantity?.doubleValue != nil {
                    if let stop = stopOfInput(input.epcClass, consumer: lot) { next.append(stop) }
                }
            }
            stack.append((.made(lot), next))
        }
        enter(trace.id)
        while let top = stack.indices.last {
            guard let stop = stack[top].next.popLast() else {
                let done = stack.removeLast().stop
                if case .made(let lot) = done { onStack[lot] = false }
                finished.append(done)
                continue
            }
            switch stop {
            case .made(let lot):
                if onStack[lot] == nil { enter(lot) }
            case .taken:
                if takenOrigins.insert(stop).inserted { finished.append(stop) }
            }
        }
        return finished.reversed()
    }

    /// Counts the stage of the transformation `step`, which made `quantity` of `lot`, for the
    /// `amount` of it in one item.
    private mutating func countTransformation(_ step: TraceStep, output lot: String, quantity: Double, amount: Double) {
        let output = step.outputs.first(where: { $0.epcClass == lot })!
        let outputKilograms: Double? =
            if let kilograms = output.kilograms { amount * kilograms / quantity } else if lot == trace.id { itemKilograms.map { amount * $0 } } else {
                nil
            }
        let year = Self.year(of: step)
        let stage = calculator.stage(of: step)
        if let declaration = calculator.declaration(facility: step.location, stage: stage, year: year) {
            if let outputKilograms {
                add(declaration, kilograms: outputKilograms, at: step.eventTime)
            } else {
                report(
                    .mixedUnits, about: lot,
                    "\(declaration.stage) at \(declaration.facility) is declared per kg of output, but \(lot) is counted in \(output.uom ?? "units"), not in kg; the stage is left out"
                )
            }
        } else {
            // A step without a place or a process cannot be named in the passport; the note says it.
            let undeclared = ProductFootprint.UndeclaredStep(facility: step.location, stage: stage, year: year)
            if (stage != nil || step.location != nil) && !undeclaredSteps.contains(undeclared) { undeclaredSteps.append(undeclared) }
            report(
                .notDeclared, about: "\(step.location ?? "?") \(stage ?? "?") \(year.map(String.init) ?? "?")",
                "no emissions are declared for \(stage ?? "the step") at \(step.location ?? "an unknown place") in \(year.map(String.init) ?? "an unknown year"); it is left out"
                    + (stage == nil ? " (its event records no process, and the catalogue names none for the place)" : "")
            )
        }
    }

    private mutating func visitOrigin(_ origin: TraceOrigin, amount: Double, consumer: TraceStep) {
        guard let input = consumer.inputs.first(where: { $0.epcClass == origin.id }) else { return }
        guard let inputKilograms = input.kilograms, let listed = input.quantity?.doubleValue, listed > 0 else {
            report(
                .mixedUnits, about: origin.id,
                "\(origin.id) goes in counted in \(input.uom ?? "units"), not in kg; its herding emissions are left out")
            return
        }
        let kilograms = amount * inputKilograms / listed
        rawFibre += kilograms
        let year = origin.commissionedAt.flatMap { Int($0.description.prefix(4)) }
        guard let declaration = calculator.declaration(facility: origin.location, stage: "herding", year: year) else {
            report(
                .notDeclared, about: origin.id,
                "no herding emissions are declared for \(origin.location ?? "the place") of \(origin.id) in \(year.map(String.init) ?? "an unknown year"); its fibre counts without primary data"
            )
            return
        }
        switch declaration.figure {
        case .intensity(_, basis: .dehairedFibre):
            guard let yield = Self.yield(of: consumer) else {
                report(
                    .mixedUnits, about: origin.id,
                    "\(declaration.facility) declares per kg of dehaired fibre, but the step that took \(origin.id) does not give its masses in and out in kg; its herding emissions are left out"
                )
                return
            }
            add(declaration, kilograms: kilograms * yield, at: origin.commissionedAt)
        case .intensity, .energy:
            add(declaration, kilograms: kilograms, at: origin.commissionedAt)
        }
        declaredRawFibre += kilograms
    }

    /// Adds `kilograms` at the declaration's intensity to the stage's contribution.
    private mutating func add(_ declaration: EmissionsDeclaration, kilograms: Double, at time: EPCISTime?) {
        if let index = contributions.firstIndex(where: {
            $0.facility == declaration.facility && $0.stage == declaration.stage && $0.year == declaration.year
        }) {
            contributions[index].kilograms += kilograms
            if let time, times[index].map({ time < $0 }) ?? true { times[index] = time }
        } else {
            times.append(time)
            contributions.append(
                ProductFootprint.Contribution(
                    facility: declaration.facility, stage: declaration.stage, year: declaration.year, kilograms: kilograms,
                    intensity: declaration.intensity, isDeclared: declaration.isDeclaredIntensity, method: declaration.method))
        }
    }

    /// Reports `message` once per rule and subject, at the catalogue's emissions declarations:
    /// where a declaration is added, or its basis changed, to count the stage.
    private mutating func report(_ rule: FootprintRule, about subject: String, _ message: String) {
        if reported.insert("\(rule.id):\(subject)").inserted {
            diagnostics.append(Diagnostic(rule, message, at: SourceLocation(file: "catalogue", pointer: "/emissions")))
        }
    }

    /// The local calendar year of `step`.
    static func year(of step: TraceStep) -> Int? {
        Int(step.eventTime.formatted(offsetSeconds: EPCISTime.offsetSeconds(step.eventTimeZoneOffset) ?? 0).prefix(4))
    }

    /// Mass out over mass in of a transformation whose inputs and outputs are all in mass units.
    static func yield(of step: TraceStep) -> Double? {
        let inputs = step.inputs.map(\.kilograms)
        let outputs = step.outputs.map(\.kilograms)
        guard inputs.allSatisfy({ $0 != nil }), outputs.allSatisfy({ $0 != nil }) else { return nil }
        let massIn = inputs.compactMap { $0 }.reduce(0, +)
        let massOut = outputs.compactMap { $0 }.reduce(0, +)
        return massIn > 0 ? massOut / massIn : nil
    }

    /// The footprint, herding first, and the diagnostics.
    func result() -> (footprint: ProductFootprint, diagnostics: [Diagnostic]) {
        let timed = zip(contributions, times)
        let processing = timed.filter { $0.0.stage != "herding" }.sorted {
            ($0.1 ?? EPCISTime(secondsSinceEpoch: 0)) < ($1.1 ?? EPCISTime(secondsSinceEpoch: 0))
        }
        let ordered = contributions.filter { $0.stage == "herding" } + processing.map(\.0)
        return (
            ProductFootprint(
                contributions: ordered, rawFibreKilograms: rawFibre, declaredRawFibreKilograms: declaredRawFibre, itemKilograms: itemKilograms,
                undeclaredSteps: undeclaredSteps),
            diagnostics
        )
    }
}
