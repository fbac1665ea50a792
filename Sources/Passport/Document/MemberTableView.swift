import JSONCore

/// A document view made of member tables, where each field's pointer is found: the tables a
/// version spells itself, and ``TextileMembers`` for the textile terms.
protocol MemberTableView: PassportDocumentView {
    static var document: DocumentObject<Passport> { get }
    static var issuer: DocumentObject<Passport.Issuer> { get }
    /// The members of a party, for a pointer to one of them.
    static var party: DocumentObject<Passport.Party> { get }
    static var origin: DocumentObject<Passport.Origin> { get }
    static var tracedProcess: DocumentObject<Passport.TracedProcess> { get }
    /// The members of a declaration of conformity: a `conformityClaim` in 0.6.1, a `performanceClaim` in 0.7.0.
    static var conformityClaim: DocumentObject<Passport.ConformityClaim> { get }

    /// The member keys that lead to the manufacturer, facility or importer (`keyPath`) in
    /// `document`, which a version may place by the party's role.
    func partyTokens(_ keyPath: KeyPath<Passport, Passport.Party?>, in document: JSONValue) -> [String]
}

extension MemberTableView {
    /// The member keys that lead to `field` in `document`.
    func tokens(to field: PassportField, in document: JSONValue) -> [String] {
        switch field {
        case .granularityLevel: Self.tokens(\Passport.granularityLevel, in: Self.document)
        case .product(let member): Self.tokens(member.keyPath, in: Self.document)
        case .manufacturer(let member): partyTokens(\.product.manufacturer, in: document) + Self.tokens(member?.keyPath, in: Self.party)
        case .facility(let member): partyTokens(\.product.facility, in: document) + Self.tokens(member?.keyPath, in: Self.party)
        case .importer(let member): partyTokens(\.importer, in: document) + Self.tokens(member?.keyPath, in: Self.party)
        case .issuerAlias(let index, let member):
            Self.tokens(\Passport.issuer, in: Self.document) + Self.tokens(\Passport.Issuer.alsoKnownAs, in: Self.issuer)
                + [String(index)] + Self.tokens(member?.keyPath, in: Self.party)
        case .component(let index, let member):
            Self.element(\Passport.product.components, index) + Self.tokens(member?.keyPath, in: TextileMembers.component)
        case .fibre(let component, let fibre, let member):
            Self.element(\Passport.product.components, component) + Self.tokens(\Passport.Component.fibres, in: TextileMembers.component)
                + [String(fibre)] + Self.tokens(member?.keyPath, in: TextileMembers.fibreShare)
        case .excludedFibre(let index, let member):
            Self.element(\Passport.product.excludedFibres, index) + Self.tokens(member?.keyPath, in: TextileMembers.excludedFibre)
        case .origin(let index, let member): Self.element(\Passport.origins, index) + Self.tokens(member?.keyPath, in: Self.origin)
        case .originCertificate(let origin, let reference):
            Self.element(\Passport.origins, origin) + Self.tokens(\Passport.Origin.certificateIDs, in: Self.origin) + [String(reference)]
        case .tracedMassFraction: Self.tokens(\Passport.tracedMassFraction, in: Self.document)
        case .processes: Self.tokens(\Passport.processes, in: Self.document)
        case .process(let index, let member): Self.element(\Passport.processes, index) + Self.tokens(member?.keyPath, in: Self.tracedProcess)
        case .journey: Self.tokens(\Passport.journey, in: Self.document)
        case .journeyStep(let index, let member):
            Self.element(\Passport.journey, index) + Self.tokens(member?.keyPath, in: TextileMembers.journeyStep)
        case .inputLot(let step, let index):
            Self.element(\Passport.journey, step) + Self.tokens(\Passport.JourneyStep.inputs, in: TextileMembers.journeyStep) + [String(index)]
        case .outputLot(let step, let index):
            Self.element(\Passport.journey, step) + Self.tokens(\Passport.JourneyStep.outputs, in: TextileMembers.journeyStep) + [String(index)]
        case .measurement(let step, let measurement, let member):
            Self.element(\Passport.journey, step) + Self.tokens(\Passport.JourneyStep.measurements, in: TextileMembers.journeyStep)
                + [String(measurement)] + Self.tokens(member?.keyPath, in: TextileMembers.measurement)
        case .certificate(let index, let member):
            Self.element(\Passport.certificates, index) + Self.tokens(member?.keyPath, in: TextileMembers.certificate)
        case .conformityClaim(let index, let member):
            Self.element(\Passport.conformityClaims, index) + Self.tokens(member?.keyPath, in: Self.conformityClaim)
        case .claim(let index, let member): Self.element(\Passport.claims, index) + Self.tokens(member?.keyPath, in: TextileMembers.claim)
        case .footprintStage(let index, let member):
            Self.tokens(\Passport.footprint, in: Self.document) + Self.tokens(\Passport.Footprint.stages, in: TextileMembers.footprint)
                + [String(index)] + Self.tokens(member?.keyPath, in: TextileMembers.footprintStage)
        }
    }

    /// The element at `index` of the list at `keyPath`.
    static func element(_ keyPath: PartialKeyPath<Passport>, _ index: Int) -> [String] {
        tokens(keyPath, in: document) + [String(index)]
    }

    /// The member keys that lead to `keyPath` in `object`; none for `nil`, the object itself.
    static func tokens<Model>(_ keyPath: PartialKeyPath<Model>?, in object: DocumentObject<Model>) -> [String] {
        guard let keyPath else { return [] }
        // Every field's key path is in the tables: PassportDocumentViewTests resolves each one.
        return object.tokens(to: keyPath) ?? []
    }
}
