import Diagnostics
import GS1
import Traceability

/// The assemble stage: one ``Passport`` from a catalogue product, one of its production lots
/// and the lot's trace.
public struct PassportAssembler: Sendable {
    public let catalog: Catalog
    /// The base URL of the publishing site, without a trailing slash.
    public let baseURL: String

    public init(catalog: Catalog, baseURL: String) {
        self.catalog = catalog
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
    }

    /// The passport of `lot` of `product`, traced by `trace`; problems go to `sink`.
    public func assemble(_ product: CatalogProduct, lot: ProductionLot, trace: Trace, sink: DiagnosticSink) throws(GS1Error) -> Passport {
        let link = try DigitalLink.product(gtin: GTIN(product.gtin), lot: lot.lot, base: baseURL)
        let origins = trace.origins.map(origin)
        var certificateIDs: [String] = []
        for id in origins.flatMap(\.certificateIDs) where !certificateIDs.contains(id) { certificateIDs.append(id) }
        let certificates = certificateIDs.compactMap { id -> Certificate? in
            guard let certificate = catalog.certificate(id) else {
                sink.add(Diagnostic(AssemblyRule.unknownCertificate, "the trace cites certificate \(id), which the catalogue does not describe; add it to the catalogue's certificates",
                                  at: SourceLocation(file: "catalogue", pointer: "/certificates")))
                return nil
            }
            return certificate
        }
        let claims = product.claims.map { claim in
            BackedClaim(claim: claim, evidence: claim.evidence == "trace" ? certificates.map(\.id) : [claim.evidence])
        }
        return Passport(
            link: link.uri, credentialURL: link.uri + "/passport.jsonld", baseURL: baseURL,
            lot: lot.lot, issuer: catalog.issuer,
            producedAt: lot.producedAt.description, product: product, manufacturer: catalog.party(product.manufacturer),
            facility: catalog.facility(product.facility), importer: catalog.parties.first { $0.role == "importer" },
            origins: origins, tracedMassFraction: trace.tracedMassFraction, journey: trace.steps.map(journeyStep),
            certificates: certificates, claims: claims
        )
    }

    private func origin(_ origin: TraceOrigin) -> FibreOrigin {
        let producer = origin.producer ?? origin.party
        return FibreOrigin(
            lotID: origin.id, fibre: origin.fibre, species: origin.species, massFraction: origin.massFraction,
            country: origin.country, region: origin.region, district: origin.district, producer: producer,
            producerName: producer.flatMap { catalog.party($0)?.name }, location: origin.location,
            harvestMethod: origin.harvestMethod,
            harvestDate: origin.commissionedAt.map { String($0.description.prefix(10)) },
            certificateIDs: origin.certificates
        )
    }

    private func journeyStep(_ step: TraceStep) -> JourneyStep {
        let process = step.process
            ?? (step.bizStep == "commissioning" && step.kind == .objectEvent ? "origin" : step.bizStep ?? step.kind.rawValue)
        let measurements = step.sensorReports.compactMap { report -> FibreMeasurement? in
            guard report.meanValue != nil || report.value != nil else { return nil }
            return FibreMeasurement(
                lotID: step.inputs.first?.epcClass, quantity: report.type ?? "measurement",
                meanValue: (report.meanValue ?? report.value)?.doubleValue, standardDeviation: report.sDev?.doubleValue,
                percentileRank: report.percRank?.doubleValue, percentileValue: report.percValue?.doubleValue,
                unit: report.uom, method: step.dataProcessingMethod
            )
        }
        return JourneyStep(
            time: step.eventTime.description, eventID: step.eventID, businessStep: step.bizStep, process: process,
            location: step.location, locationName: step.location.flatMap { catalog.facility($0)?.name },
            inputs: step.inputs.map(\.epcClass), outputs: step.outputs.map(\.epcClass), measurements: measurements
        )
    }
}
