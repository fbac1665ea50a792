import Diagnostics
import Traceability

/// A passport's greenhouse-gas footprint: the catalogue's emissions declarations carried through
/// the lot's trace by ``FootprintCalculator``, every figure rounded as the passport states it.
extension PassportAssembler {
    /// The footprint of one item of `product`'s lot traced by `trace`; `nil` when the catalogue
    /// declares nothing for any stage of the trace; each stage links to its facility's record in
    /// `links`. What cannot be counted goes to `sink`.
    func footprint(of product: CatalogProduct, trace: Trace, links: CredentialLinks, sink: DiagnosticSink) -> Passport.Footprint? {
        guard !catalog.emissions.isEmpty else { return nil }
        let itemKilograms = product.weightGrams > 0 ? product.weightGrams / 1000 : nil
        let result = footprints.footprint(of: trace, itemKilograms: itemKilograms)
        sink.add(contentsOf: result.diagnostics)
        let footprint = result.footprint
        guard !footprint.contributions.isEmpty else { return nil }
        return Passport.Footprint(
            carbonFootprint: footprint.perItem.roundedToSixDecimals, declaredUnit: Passport.Footprint.perPiece, operationalScope: "CradleToGate",
            primarySourcedRatio: footprint.primaryDataShare.roundedToSixDecimals, perKilogram: footprint.perKilogram?.roundedToSixDecimals,
            declaredEmissions: footprint.declared.roundedToSixDecimals, computedEmissions: footprint.computed.roundedToSixDecimals,
            stages: footprint.contributions.map { contribution in
                Passport.FootprintStage(
                    facility: contribution.facility, facilityName: catalog.facility(contribution.facility)?.name,
                    facilityRecord: links.facilityRecord(ofPlace: contribution.facility), stage: contribution.stage,
                    year: Double(contribution.year), basisKilograms: contribution.kilograms.roundedToSixDecimals,
                    intensity: contribution.intensity.roundedToSixDecimals, emissions: contribution.emissions.roundedToSixDecimals,
                    intensityDeclared: contribution.isDeclared, method: contribution.method)
            },
            undeclaredSteps: footprint.undeclaredSteps.map { step in
                Passport.UndeclaredStep(
                    facility: step.facility, facilityName: step.facility.flatMap { catalog.facility($0)?.name }, stage: step.stage,
                    year: step.year.map(Double.init))
            })
    }
}
