import Diagnostics
import GS1

extension TraceGraph {
    /// Traces `identifier` (a Digital Link on any domain, or an EPC URN) back to its origin lots.
    ///
    /// The walk goes from a container to what was packed in it, from a transformation's output
    /// to its inputs, and stops at lots that were commissioned without being produced: the
    /// origins. Each input's share is its mass over the transformation's input mass, so blends
    /// are followed at every step. Problems are diagnostics of the ``TraceRule``s.
    public func trace(_ identifier: String) -> Trace {
        var normalizer = IdentifierNormalizer()
        let id = normalizer.canonical(identifier).canonical
        var walk = TraceWalk(graph: self)
        if let start = walk.resolve(id) {
            walk.walk(from: start)
        } else {
            walk.diagnostics.append(
                Diagnostic(
                    TraceRule.unknownID, "no event names \(id); check the identifier or give the events that record it",
                    at: SourceLocation(file: "trace")))
        }
        return walk.result(id: id)
    }
}

/// The state of one walk through a ``TraceGraph``.
///
/// A depth-first search enters each identifier once, with a stack of its own (a chain of
/// thousands of transformations would overflow a thread's), and keeps the edges it follows;
/// then each identifier's share is carried along those edges in topological order, so that the
/// shares of every path are summed without following each path (lots split and joined again
/// have exponentially many). A problem is reported where the search first meets it.
struct TraceWalk {
    let graph: TraceGraph
    var shares: [String: Double] = [:]
    var originEvents: [String: Int32] = [:]
    var stepEvents: Set<Int32> = []
    var diagnostics: [Diagnostic] = []
    private var reported: Set<String> = []
    /// Each identifier entered: true while it is on the search's stack, false once finished.
    private var onStack: [String: Bool] = [:]
    /// The identifiers entered, in the order the search finished them.
    private var finished: [String] = []
    /// The edges followed from each identifier: the input and how its share is made from the output's.
    private var edges: [String: [(input: String, share: ShareOfInput)]] = [:]

    /// How an input's share is made from its output's: `(share / parts) * weight / total`, in
    /// that order (a product's producing events take equal parts; a transformation's inputs
    /// their fraction of its mass, a packing's items their weight over the packed total).
    struct ShareOfInput {
        var parts: Double = 1
        var weight: Double
        var total: Double = 1

        func of(_ share: Double) -> Double { share / parts * weight / total }
    }

    /// One identifier on the search's stack, with the inputs it still has to follow.
    private struct Frame {
        let id: String
        /// Inputs to follow: the identifier, its share, and the event that names it.
        var inputs: [(id: String, share: ShareOfInput, from: Int32)] = []
        var next = 0
        /// The producing events whose inputs are not yet listed, and how many there are in all.
        var transformations: ArraySlice<Int32> = []
        var producers = 1
    }

    init(graph: TraceGraph) { self.graph = graph }

    /// The identifier the graph knows `id` by: itself, or the same item without its lot, or the lot of the item.
    func resolve(_ id: String) -> String? {
        if graph.isKnown(id) { return id }
        guard let link = try? DigitalLink.parse(id), link.primaryKey.ai == "01" else { return nil }
        let gtin = link.primaryKey.value
        var alternatives: [String] = []
        if let serial = link.serial { alternatives.append("\(DigitalLink.canonicalBase)/01/\(gtin)/21/\(serial)") }
        if let lot = link.lot { alternatives.append("\(DigitalLink.canonicalBase)/01/\(gtin)/10/\(lot)") }
        return alternatives.first(where: graph.isKnown)
    }

    /// Searches from `start`, then carries its share of 1 to the origins.
    mutating func walk(from start: String) {
        var stack = [enter(start)]
        while let top = stack.indices.last {
            if stack[top].next < stack[top].inputs.count {
                let input = stack[top].inputs[stack[top].next]
                stack[top].next += 1
                guard let known = resolve(input.id) else {
                    reportUnknown(input.id, from: input.from)
                    continue
                }
                switch onStack[known] {
                case true?:
                    let path = stack.map(\.id) + [known]
                    report(
                        .cycle, about: known, "\(known) is among its own inputs (\(path.joined(separator: " → "))); the events contradict each other",
                        at: SourceLocation(file: "trace"))
                case false?:
                    edges[stack[top].id, default: []].append((known, input.share))
                case nil:
                    edges[stack[top].id, default: []].append((known, input.share))
                    stack.append(enter(known))
                }
            } else if let index = stack[top].transformations.popFirst() {
                stack[top].inputs = inputs(ofTransformation: index, output: stack[top].id, producers: stack[top].producers)
                stack[top].next = 0
            } else {
                let frame = stack.removeLast()
                onStack[frame.id] = false
                finished.append(frame.id)
            }
        }
        var carried: [String: Double] = [start: 1]
        for id in finished.reversed() {
            let share = carried[id] ?? 0
            if originEvents[id] != nil { shares[id] = share }
            for edge in edges[id] ?? [] { carried[edge.input, default: 0] += edge.share.of(share) }
        }
    }

    /// Enters `id`: records its steps, and lists what it was packed from or made of.
    private mutating func enter(_ id: String) -> Frame {
        onStack[id] = true
        var frame = Frame(id: id)
        // The identifier's number once, for every role.
        let number = graph.number(of: id)
        for index in graph.observations[number] { stepEvents.insert(index) }
        let packing = graph.packings[number], producing = graph.producers[number], commissioning = graph.commissions[number]
        if !packing.isEmpty {
            // Each packed item counts once; a packed quantity counts as its number of units.
            var children: [(id: String, weight: Double)] = []
            for index in packing {
                stepEvents.insert(index)
                let event = graph.event(index)
                children += event.epcList.map { ($0, 1) }
                children += event.quantityList.map { ($0.epcClass, max($0.quantity?.doubleValue ?? 1, 0)) }
            }
            let total = children.map(\.weight).reduce(0, +)
            if total > 0 {
                frame.inputs = children.map { ($0.id, ShareOfInput(weight: $0.weight, total: total), packing.first!) }
            }
        } else if !producing.isEmpty {
            frame.transformations = producing
            frame.producers = producing.count
        } else if let first = commissioning.first {
            for index in commissioning { stepEvents.insert(index) }
            originEvents[id] = originEvents[id] ?? first
        }
        return frame
    }

    /// The inputs of the transformation `index` that made `output` (one of its `producers`), with
    /// their shares; reports a transformation without inputs, one that gains mass, and one whose
    /// inputs are not all weighed.
    private mutating func inputs(
        ofTransformation index: Int32, output: String, producers: Int
    ) -> [(id: String, share: ShareOfInput, from: Int32)] {
        stepEvents.insert(index)
        let event = graph.event(index)
        var inputs: [(id: String, weight: Double?)] = event.inputQuantityList.map { ($0.epcClass, MassUnit.kilograms($0.quantity, uom: $0.uom)) }
        inputs += event.inputEPCList.map { ($0, nil) }
        guard !inputs.isEmpty else {
            report(
                .noOrigin, about: "\(index)", "the transformation that made \(output) lists no inputs, so its origin is unknown", at: event.location)
            return []
        }
        let massIn = inputs.compactMap(\.weight).reduce(0, +)
        let massOut = event.outputQuantityList.compactMap { MassUnit.kilograms($0.quantity, uom: $0.uom) }.reduce(0, +)
        if massIn > 0 && massOut > massIn * (1 + 1e-9) {
            report(
                .massGain, about: "\(index)",
                "the transformation puts out \(Self.kilograms(massOut)) but takes in only \(Self.kilograms(massIn)); mass out exceeds mass in",
                at: event.location)
        }
        let weighed = inputs.allSatisfy { $0.weight != nil } && massIn > 0
        if !weighed {
            report(
                .quantityMissing, about: "\(index)",
                "not every input of the transformation that made \(output) has a mass (quantity with a mass unit such as KGM); its inputs are counted as equal shares",
                at: event.location)
        }
        return inputs.map { input in
            let fraction = weighed ? input.weight! / massIn : 1 / Double(inputs.count)
            return (input.id, ShareOfInput(parts: Double(producers), weight: fraction), index)
        }
    }

    /// Reports an input the graph does not know, by class when only its product is known.
    private mutating func reportUnknown(_ id: String, from index: Int32) {
        let location = graph.event(index).location
        if let lots = lotsOfSameProduct(id), !lots.isEmpty {
            report(
                .classMatch, about: id,
                "\(id) names a product, not a lot; it could be any of \(lots.count) lots (\(lots.prefix(3).joined(separator: ", "))\(lots.count > 3 ? ", …" : "")), so its origin is not counted; record the lot",
                at: location)
        } else {
            report(
                .noOrigin, about: id,
                "no event commissions or produces \(id), so its origin is unknown; add the events that record where it came from", at: location)
        }
    }

    /// The known lots of the product `id` names, when `id` names a product without a lot.
    private func lotsOfSameProduct(_ id: String) -> [String]? {
        guard let link = try? DigitalLink.parse(id), link.primaryKey.ai == "01", link.lot == nil, link.serial == nil else { return nil }
        let prefix = "\(DigitalLink.canonicalBase)/01/\(link.primaryKey.value)/"
        return graph.identifiers(startingWith: prefix).sorted()
    }

    /// Adds a diagnostic of `rule` unless one was already added for `subject` (an identifier or an event number).
    private mutating func report(_ rule: TraceRule, about subject: String, _ message: String, at location: SourceLocation) {
        if reported.insert("\(rule.id):\(subject)").inserted { diagnostics.append(Diagnostic(rule, message, at: location)) }
    }

    /// The finished trace for `id`.
    mutating func result(id: String) -> Trace {
        var origins = shares.map { lot, share in TraceOrigin(lot: lot, massFraction: share, commissionedBy: graph.event(originEvents[lot]!)) }
        origins.sort { ($0.massFraction, $1.id) > ($1.massFraction, $0.id) }
        // In the origins' order, not the dictionary's: the same trace reports the same way every run.
        for origin in origins where origin.certificates.isEmpty {
            report(
                .originUncertified, about: origin.id,
                "origin lot \(origin.id) has no certificate (no certificationInfo, no certificate in its ILMD)",
                at: graph.event(originEvents[origin.id]!).location)
        }
        // Each event read back once, not at each comparison.
        let steps = stepEvents.map { TraceStep(event: graph.event($0), number: TraceGraph.EventNumber(value: $0)) }.sorted(by: Self.isEarlier)
        let traced = min(1, origins.map(\.massFraction).reduce(0, +))
        return Trace(id: id, origins: origins, steps: steps, tracedMassFraction: traced, diagnostics: diagnostics)
    }

    /// Whether step `a` comes before step `b`: by time, then by the order the events were given.
    private static func isEarlier(_ a: TraceStep, _ b: TraceStep) -> Bool {
        a.eventTime != b.eventTime ? a.eventTime < b.eventTime : a.eventNumber.value < b.eventNumber.value
    }

    private static func kilograms(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return "\(rounded) kg"
    }
}
