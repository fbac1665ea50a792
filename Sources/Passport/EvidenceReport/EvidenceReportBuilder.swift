import GS1
import Traceability

/// Works out an ``EvidenceReport`` from a catalogue and its events.
///
/// The business is the catalogue's issuer; the fibre it processed is what went into its *first
/// processing steps*: transformations at a facility it operates whose inputs no transformation
/// produced (dehairing, scouring), on a local date within the period. Each input's kg counts:
/// - traced when a commissioning event records its lot (its origin);
/// - certified under a scheme when the lot cites a catalogue certificate of the scheme that its
///   producer holds, that covers its fibre, and that was valid on the day the lot was recorded;
/// - with primary data when its herder group declares its herding emissions for that year.
///
/// The greenhouse-gas intensity of a year is kg CO2e per kg of the first steps' output that
/// year, herding plus the step itself, each output lot's footprint from ``FootprintCalculator``;
/// the baseline is the earliest year with processing, the report's year the one the period ends in.
public struct EvidenceReportBuilder: Sendable {
    public let catalog: Catalog
    public let graph: TraceGraph
    /// The catalogue's emissions declarations, looked up by facility, stage and year.
    let footprints: FootprintCalculator

    public init(catalog: Catalog, graph: TraceGraph) {
        self.catalog = catalog
        self.graph = graph
        footprints = FootprintCalculator(declarations: catalog.emissions, facilities: catalog.facilities)
    }

    /// The business: the party Digital Link of the catalogue's issuer.
    public var business: String {
        catalog.parties.first { $0.gln == catalog.issuer.gln }?.id ?? "\(DigitalLink.canonicalBase)/417/\(catalog.issuer.gln)"
    }

    /// The first processing steps at the business's facilities, oldest first.
    public var firstSteps: [TraceStep] {
        let facilities = Set(catalog.facilities.filter { $0.operatorID == business }.map(\.id))
        return graph.transformationSteps.filter { step in
            step.location.map(facilities.contains) == true && !step.inputs.isEmpty && step.inputs.allSatisfy { !graph.isProduced($0.epcClass) }
        }.sorted { $0.eventTime < $1.eventTime }
    }

    /// The calendar year of the business's latest processing, or `nil` when it processed nothing.
    public var defaultPeriod: ReportPeriod? {
        firstSteps.last.map { ReportPeriod(year: Self.localDate(of: $0).year) }
    }

    /// The report over `period`, judged against `criteria`.
    public func report(period: ReportPeriod, criteria: LenderCriteria) -> EvidenceReport {
        let steps = firstSteps
        let passports = PassportEvents(catalog: catalog, graph: graph)
        let inPeriod = steps.filter { period.contains(Self.localDate(of: $0)) }
        let inputs = inPeriod.flatMap { step in step.inputs.map { ProcessedInput(step: step, input: $0, graph: graph) } }
        let total = inputs.map(\.kilograms).reduce(0, +)
        func share(_ kilograms: Double) -> EvidenceReport.Share {
            EvidenceReport.Share(kilograms: kilograms, value: total > 0 ? kilograms / total : 0)
        }
        let evidence = passports.evidence(of: inPeriod)
        let certificates = inputs.map(certificates(of:))
        var schemes: [String: (kilograms: Double, certificates: [String])] = [:]
        for (input, held) in zip(inputs, certificates) {
            for scheme in Set(held.map(\.scheme)) {
                schemes[scheme, default: (0, [])].kilograms += input.kilograms
                for certificate in held where certificate.scheme == scheme && !schemes[scheme]!.certificates.contains(certificate.id) {
                    schemes[scheme]!.certificates.append(certificate.id)
                }
            }
        }
        var months: [String: EvidenceReport.MonthShare] = [:]
        for (input, held) in zip(inputs, certificates) {
            let month = String(Self.localDate(of: input.step).description.prefix(7))
            months[month, default: EvidenceReport.MonthShare(month: month, processedKilograms: 0, certifiedKilograms: 0)].processedKilograms +=
                input.kilograms
            if !held.isEmpty { months[month]!.certifiedKilograms += input.kilograms }
        }
        let horizon = Self.date(period.to, plusDays: EvidenceReport.expiryWindowDays)
        var report = EvidenceReport(
            businessName: catalog.issuer.name, business: business, period: period, fibreKilograms: total,
            fibreByPlace: places(inputs, share: share), fibreEvidence: evidence,
            traced: share(inputs.filter { $0.origin != nil }.map(\.kilograms).reduce(0, +)),
            certified: share(zip(inputs, certificates).filter { !$0.1.isEmpty }.map(\.0.kilograms).reduce(0, +)),
            fibreByRecoveryClass: recoveryClasses(inputs, by: period.to, share: share),
            certifiedBySchemes: schemes.map {
                EvidenceReport.SchemeShare(scheme: $0.key, share: share($0.value.kilograms), certificates: $0.value.certificates)
            }
            .sorted { ($0.share.kilograms, $1.scheme) > ($1.share.kilograms, $0.scheme) },
            certifiedByMonths: months.values.sorted { $0.month < $1.month },
            primaryData: share(inputs.filter { hasHerdingDeclaration($0) }.map(\.kilograms).reduce(0, +)),
            emissions: emissions(steps, year: period.to.year, passports: passports),
            expiryHorizon: horizon,
            expiringCertificates: catalog.certificates.filter { period.to <= $0.validUntil && $0.validUntil <= horizon }
                .sorted { ($0.validUntil, $0.number) < ($1.validUntil, $1.number) }
                .map {
                    EvidenceReport.ExpiringCertificate(id: $0.id, scheme: $0.scheme, number: $0.number, holder: $0.holder, validUntil: $0.validUntil)
                },
            criteria: [])
        report.criteria = criteria.criteria.map { criterion in
            let figure = report.figure(criterion.metric)
            return EvidenceReport.CriterionResult(criterion: criterion, figure: figure, isMet: criterion.isMet(by: figure))
        }
        return report
    }

    /// The catalogue certificates that back `input`'s lot: cited by it, held by its producer,
    /// covering its fibre, valid on the day it was recorded.
    func certificates(of input: ProcessedInput) -> [Certificate] {
        guard let origin = input.origin, let recorded = origin.commissionedAt.flatMap({ CalendarDate(dateTime: $0.description) }) else { return [] }
        let holder = origin.producer ?? origin.party
        return origin.certificates.compactMap(catalog.certificate).filter { certificate in
            certificate.holder == holder && certificate.isValid(on: recorded) && origin.fibre.map(certificate.fibres.contains) != false
        }
    }

    /// Whether the herder group of `input`'s lot declares its herding emissions for the lot's year.
    func hasHerdingDeclaration(_ input: ProcessedInput) -> Bool {
        guard let origin = input.origin, let year = origin.commissionedAt.flatMap({ Int($0.description.prefix(4)) }) else { return false }
        return footprints.declaration(facility: origin.location, stage: "herding", year: year) != nil
    }

    /// The fibre by aimag and, within each, by producer, largest first.
    func places(_ inputs: [ProcessedInput], share: (Double) -> EvidenceReport.Share) -> [EvidenceReport.PlaceFibre] {
        var byPlace: [String?: [String?: Double]] = [:]
        for input in inputs {
            let producer = input.origin.flatMap { $0.producer ?? $0.party }
            byPlace[input.origin?.region, default: [:]][producer, default: 0] += input.kilograms
        }
        return byPlace.map { region, producers in
            let origins = producers.map { producer, kilograms in
                EvidenceReport.OriginFibre(
                    producer: producer, name: producer.flatMap { catalog.party($0)?.name } ?? producer ?? "", share: share(kilograms))
            }.sorted { ($0.share.kilograms, $1.name) > ($1.share.kilograms, $0.name) }
            return EvidenceReport.PlaceFibre(region: region, share: share(producers.values.reduce(0, +)), origins: origins)
        }.sorted { ($0.share.kilograms, $1.region ?? "") > ($1.share.kilograms, $0.region ?? "") }
    }

    /// The fibre by the recovery class of its group's latest rangeland assessment on or before
    /// `date`, I to V, then the fibre of groups without one (or of lots that name none).
    func recoveryClasses(_ inputs: [ProcessedInput], by date: CalendarDate, share: (Double) -> EvidenceReport.Share)
        -> [EvidenceReport.RecoveryClassShare]
    {
        var classes: [RecoveryClass?: (kilograms: Double, organisations: [String])] = [:]
        for input in inputs {
            let party = input.origin.flatMap { $0.producer ?? $0.party }
            let organisation = party.flatMap(catalog.herderOrganisation)
            var assessments = organisation?.rangelandMonitoring.filter { $0.date <= date } ?? []
            assessments.sort { $0.date < $1.date }
            let recoveryClass = assessments.last?.recoveryClass
            classes[recoveryClass, default: (0, [])].kilograms += input.kilograms
            if let party, !classes[recoveryClass]!.organisations.contains(party) { classes[recoveryClass]!.organisations.append(party) }
        }
        return classes.map {
            EvidenceReport.RecoveryClassShare(recoveryClass: $0.key, share: share($0.value.kilograms), organisations: $0.value.organisations.sorted())
        }
        .sorted { ($0.recoveryClass?.rank ?? 6) < ($1.recoveryClass?.rank ?? 6) }
    }

    /// The intensity of every year with processing, and the report's `year` against the earliest.
    func emissions(_ steps: [TraceStep], year: Int, passports: PassportEvents) -> EvidenceReport.EmissionsIntensity {
        let byYear = Dictionary(grouping: steps) { Self.localDate(of: $0).year }
        let years = byYear.keys.sorted().map { year in
            var result = EvidenceReport.YearIntensity(
                year: year, dehairedKilograms: 0, emissions: 0, primaryDataShare: 0, evidence: passports.evidence(of: byYear[year]!))
            var raw = 0.0
            var declaredRaw = 0.0
            for step in byYear[year]! {
                for output in step.outputs {
                    guard let kilograms = output.kilograms else { continue }
                    let footprint = footprints.footprint(of: graph.trace(output.epcClass), itemKilograms: nil).footprint
                    result.dehairedKilograms += kilograms
                    result.emissions += kilograms * footprint.perItem
                    raw += kilograms * footprint.rawFibreKilograms
                    declaredRaw += kilograms * footprint.declaredRawFibreKilograms
                }
            }
            result.primaryDataShare = raw > 0 ? declaredRaw / raw : 0
            return result
        }
        return EvidenceReport.EmissionsIntensity(years: years, baselineYear: years.first?.year, year: year)
    }

    /// The local calendar date of `step`.
    static func localDate(of step: TraceStep) -> CalendarDate {
        CalendarDate(dateTime: step.eventTime.formatted(offsetSeconds: EPCISTime.offsetSeconds(step.eventTimeZoneOffset) ?? 0))!
    }

    /// `date` plus `days`.
    static func date(_ date: CalendarDate, plusDays days: Int) -> CalendarDate {
        let midnight = EPCISTime("\(date)T00:00:00Z")!
        return CalendarDate(dateTime: EPCISTime(secondsSinceEpoch: midnight.secondsSinceEpoch + Int64(days) * 86_400).description)!
    }
}

/// One input of a first processing step: its kg and, when a commissioning event records it, its origin lot.
struct ProcessedInput {
    let step: TraceStep
    let kilograms: Double
    let origin: TraceOrigin?

    init(step: TraceStep, input: QuantityElement, graph: TraceGraph) {
        self.step = step
        kilograms = input.kilograms ?? 0
        origin = graph.trace(input.epcClass).origins.first { $0.id == input.epcClass }
    }
}

/// The events of each passport's trace, to name the passports a figure's events reach.
struct PassportEvents {
    /// Each production lot of a catalogue product with the `eventID`s of its trace.
    let lots: [(id: String, events: Set<String>)]

    init(catalog: Catalog, graph: TraceGraph) {
        let gtins = catalog.products.compactMap { try? GTIN($0.gtin) }
        let lotsByGTIN = graph.productionLots(of: Set(gtins))
        lots = gtins.flatMap { lotsByGTIN[$0] ?? [] }.map { lot in
            (lot.id, Set(graph.trace(lot.id).steps.compactMap(\.eventID)))
        }.sorted { $0.id < $1.id }
    }

    /// The events of `steps` and the passports that trace to any of them.
    func evidence(of steps: [TraceStep]) -> EvidenceReport.Evidence {
        let events = steps.compactMap(\.eventID)
        let wanted = Set(events)
        return EvidenceReport.Evidence(events: events, passports: lots.filter { !$0.events.isDisjoint(with: wanted) }.map(\.id))
    }
}
