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

    /// What a declaration is looked up by.
    private struct DeclarationKey: Hashable {
        var facility: String
        var stage: String
        var year: Int
    }

    public init(declarations: [EmissionsDeclaration]) {
        self.declarations = declarations
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
        walk.visit(trace.id, amount: 1, consumer: nil, path: [])
        return walk.result()
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

    /// Counts `amount` of `lot` (in the unit its consumer lists it in), taken by `consumer`.
    mutating func visit(_ lot: String, amount: Double, consumer: TraceStep?, path: Set<String>) {
        guard !path.contains(lot) else { return }
        if let step = producers[lot] {
            visitTransformation(step, output: lot, amount: amount, path: path.union([lot]))
        } else if let origin = origins[lot], let consumer {
            visitOrigin(origin, amount: amount, consumer: consumer)
        }
    }

    private mutating func visitTransformation(_ step: TraceStep, output lot: String, amount: Double, path: Set<String>) {
        guard let output = step.outputs.first(where: { $0.epcClass == lot }), let quantity = output.quantity?.doubleValue, quantity > 0 else {
            return
        }
        let outputKilograms: Double? =
            if let kilograms = output.kilograms { amount * kilograms / quantity } else if lot == trace.id { itemKilograms.map { amount * $0 } } else {
                nil
            }
        let year = Self.year(of: step)
        if let declaration = calculator.declaration(facility: step.location, stage: step.process, year: year) {
            if let outputKilograms {
                add(declaration, kilograms: outputKilograms, at: step.eventTime)
            } else {
                report(
                    .mixedUnits, about: lot,
                    "\(declaration.stage) at \(declaration.facility) is declared per kg of output, but \(lot) is counted in \(output.uom ?? "units"), not in kg; the stage is left out"
                )
            }
        } else {
            let undeclared = ProductFootprint.UndeclaredStep(facility: step.location, stage: step.process, year: year)
            if !undeclaredSteps.contains(undeclared) { undeclaredSteps.append(undeclared) }
            report(
                .notDeclared, about: "\(step.location ?? "?") \(step.process ?? "?") \(year.map(String.init) ?? "?")",
                "no emissions are declared for \(step.process ?? "the step") at \(step.location ?? "an unknown place") in \(year.map(String.init) ?? "an unknown year"); it is left out"
            )
        }
        for input in step.inputs {
            guard let consumed = input.quantity?.doubleValue else { continue }
            visit(input.epcClass, amount: amount * consumed / quantity, consumer: step, path: path)
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
