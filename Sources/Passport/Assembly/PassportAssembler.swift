import Diagnostics
import GS1
import Traceability

/// The assemble stage: one ``Passport`` from a catalogue product, one of its production lots
/// and the lot's trace.
///
/// Everything the passport says is decided here, so that a document view only maps it to
/// member names: the conformity claims from the certificates, the processes from the journey,
/// the circularity data, the names in words, and every figure rounded as the passport states it.
public struct PassportAssembler: Sendable {
    public let catalog: Catalog
    /// The base URL of the publishing site, without a trailing slash.
    public let baseURL: String
    /// The UNTP version the passport is written in, whose textile context it names.
    public let version: UNTPVersion
    /// The fibre names the passport prints, in English.
    public let fibreNames: FibreNames
    /// The catalogue's emissions declarations, carried through each trace.
    let footprints: FootprintCalculator

    public init(catalog: Catalog, baseURL: String, version: UNTPVersion, fibreNames: FibreNames = .standard) {
        self.catalog = catalog
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.version = version
        self.fibreNames = fibreNames
        footprints = FootprintCalculator(declarations: catalog.emissions, facilities: catalog.facilities)
    }

    /// The passport of `lot` of `product`, traced by `trace`, linking to the credentials `links`
    /// names; problems go to `sink`.
    public func assemble(
        _ product: CatalogProduct, lot: ProductionLot, trace: Trace, links: CredentialLinks, sink: DiagnosticSink
    ) throws(GS1Error) -> Passport {
        let link = try DigitalLink.product(gtin: GTIN(product.gtin), lot: lot.lot, base: baseURL)
        let shares = SixDecimalShares.rounded(trace.origins.map(\.massFraction))
        let origins = zip(trace.origins, shares).map { traced, share in
            var origin = origin(traced, massFraction: share)
            origin.facilityRecord = links.facilityRecord(of: origin)
            addHerderEvidence(to: &origin, on: CalendarDate(dateTime: lot.producedAt.description))
            return origin
        }
        // Each certificate once, in the order the origins name them (a set: a lot may have thousands).
        var named = Set<String>()
        let certificateIDs = origins.flatMap(\.certificateIDs).compactMap { $0 }.filter { named.insert($0).inserted }
        let certificates = certificateIDs.compactMap { id -> Certificate? in
            guard let certificate = catalog.certificate(id) else {
                sink.add(
                    Diagnostic(
                        AssemblyRule.unknownCertificate,
                        "the trace cites certificate \(id), which the catalogue does not describe; add it to the catalogue's certificates",
                        at: SourceLocation(file: "catalogue", pointer: "/certificates")))
                return nil
            }
            return certificate
        }
        let producedAt = lot.producedAt.description
        let journey = trace.steps.map { traced in
            var step = journeyStep(traced)
            step.eventCredential = links.eventCredential(of: traced)
            return step
        }
        return Passport(
            credentialURL: link.uri + "/passport.jsonld", name: "Digital Product Passport: \(product.name), lot \(lot.lot)",
            issuer: issuer(catalog.issuer), validFrom: producedAt, contextURL: baseURL + version.contextPath,
            lot: lot.lot, granularityLevel: "batch",
            product: passportProduct(product, link: link.uri, producedAt: producedAt),
            importer: catalog.parties.first { $0.role == "importer" }.map { party($0, eori: $0.eori) },
            origins: origins, tracedMassFraction: trace.tracedMassFraction.roundedToSixDecimals,
            processes: processes(of: journey), journey: journey,
            conformityClaims: conformityClaims(certificates, link: link.uri, date: String(producedAt.prefix(10))),
            claims: product.claims.map { claim in
                Passport.Claim(text: claim.text, kind: claim.kind, evidence: claim.evidence == "trace" ? certificates.map(\.id) : [claim.evidence])
            },
            certificates: certificates.map(passportCertificate), circularity: circularity(product),
            footprint: footprint(of: product, trace: trace, links: links, sink: sink)
        )
    }

    /// The passport's origin of the traced `origin`, its share of the fibre `massFraction` (rounded).
    private func origin(_ origin: TraceOrigin, massFraction: Double) -> Passport.Origin {
        let producer = origin.producer ?? origin.party
        let fibre = origin.fibre ?? "unknown"
        let producerName = producer.flatMap { catalog.party($0)?.name }
        let materialType = Passport.Classification(
            id: Passport.Origin.fibreScheme.id.map { $0 + fibre }, code: fibre, name: fibreNames.label(fibre),
            schemeID: Passport.Origin.fibreScheme.id, schemeName: Passport.Origin.fibreScheme.name)
        return Passport.Origin(
            lotID: origin.id, materialType: materialType, species: origin.species, massFraction: massFraction,
            country: origin.country, region: origin.region, district: origin.district, producer: producer,
            producerName: producerName, location: origin.location,
            harvestMethod: origin.harvestMethod,
            harvestDate: origin.commissionedAt.map { String($0.description.prefix(10)) },
            certificateIDs: origin.certificates,
            name: fibreNames.label(fibre).capitalizedFirst + (producerName.map { ", " + $0 } ?? "") + (origin.region.map { " (\($0))" } ?? "")
        )
    }

    private func journeyStep(_ step: TraceStep) -> Passport.JourneyStep {
        let process =
            step.process
            ?? (step.bizStep == "commissioning" && step.kind == .objectEvent ? "origin" : step.bizStep ?? step.kind.rawValue)
        let measurements = step.sensorReports.compactMap { report -> Passport.Measurement? in
            guard report.meanValue != nil || report.value != nil else { return nil }
            return Passport.Measurement(
                lotID: step.inputs.first?.epcClass, quantity: Self.measuredQuantity(report),
                meanValue: (report.meanValue ?? report.value)?.doubleValue.roundedToSixDecimals,
                standardDeviation: report.sDev?.doubleValue.roundedToSixDecimals,
                percentileRank: report.percRank?.doubleValue.roundedToSixDecimals,
                percentileValue: report.percValue?.doubleValue.roundedToSixDecimals,
                unit: report.uom, methodURL: step.dataProcessingMethod
            )
        }
        return Passport.JourneyStep(
            time: step.eventTime.description, eventID: step.eventID, businessStep: step.bizStep, process: process,
            location: step.location, locationName: step.location.flatMap { catalog.facility($0)?.name },
            inputs: step.inputs.map(\.epcClass), outputs: step.outputs.map(\.epcClass), measurements: measurements
        )
    }

    /// What a sensor report measured, in words: a length in micrometres (UN/ECE `4H`) measured on
    /// a fibre lot is the fibres' diameter (staple lengths are given in millimetres); otherwise
    /// the report's type as EPCIS gives it.
    static func measuredQuantity(_ report: SensorReport) -> String {
        report.type == "Length" && report.uom == "4H" ? Passport.Measurement.fibreDiameter : report.type ?? "measurement"
    }
}
