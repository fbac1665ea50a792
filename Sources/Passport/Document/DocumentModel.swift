/// A part of a passport that a view reads member by member, starting from nothing known.
protocol DocumentModel: Sendable, SendableMetatype {
    init()
}

extension Passport: DocumentModel {}
extension Passport.Issuer: DocumentModel {}
extension Passport.StatusEntry: DocumentModel {}
extension Passport.Party: DocumentModel {}
extension Passport.Link: DocumentModel {}
extension Passport.Reference: DocumentModel {}
extension Passport.IdentifierScheme: DocumentModel {}
extension Passport.Classification: DocumentModel {}
extension Passport.Measure: DocumentModel {}
extension Passport.Component: DocumentModel {}
extension Passport.FibreShare: DocumentModel {}
extension Passport.TestResult: DocumentModel {}
extension Passport.Care: DocumentModel {}
extension Passport.Repair: DocumentModel {}
extension Passport.Substance: DocumentModel {}
extension Passport.ExcludedFibre: DocumentModel {}
extension Passport.Origin: DocumentModel {}
extension Passport.RangelandStatus: DocumentModel {}
extension Passport.HerderCertification: DocumentModel {}
extension Passport.TracedProcess: DocumentModel {}
extension Passport.JourneyStep: DocumentModel {}
extension Passport.Measurement: DocumentModel {}
extension Passport.Certificate: DocumentModel {}
extension Passport.ConformityClaim: DocumentModel {}
extension Passport.Claim: DocumentModel {}
extension Passport.Circularity: DocumentModel {}
extension Passport.Footprint: DocumentModel {}
extension Passport.FootprintStage: DocumentModel {}
extension Passport.UndeclaredStep: DocumentModel {}
