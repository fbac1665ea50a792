/// An origin's herder evidence: its producer's latest rangeland monitoring and the certificates
/// the producer holds on the passport's date, from the catalogue's herder organisations.
extension PassportAssembler {
    /// Adds to `origin` what the catalogue knows of its producer on `date`; nothing when the
    /// producer is no herder organisation of the catalogue, and no status without a report.
    func addHerderEvidence(to origin: inout Passport.Origin, on date: CalendarDate?) {
        guard let organisation = origin.producer.flatMap(catalog.herderOrganisation) else { return }
        origin.rangelandStatus = organisation.latestAssessment.map { assessment in
            Passport.RangelandStatus(
                assessedOn: assessment.date, recoveryClass: assessment.recoveryClass.rawValue, ecologicalSiteGroup: assessment.ecologicalSiteGroup,
                stockingRate: assessment.stockingRate, carryingCapacity: assessment.carryingCapacity, source: assessment.source)
        }
        guard let date else { return }
        origin.herderCertifications = organisation.certificates.compactMap(catalog.certificate).filter { $0.isValid(on: date) }.map {
            Passport.HerderCertification(id: $0.id, scheme: $0.scheme, fibres: $0.fibres, validUntil: $0.validUntil)
        }
    }
}
