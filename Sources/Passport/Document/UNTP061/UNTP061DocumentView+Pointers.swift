import JSONCore

/// Where the fields of a passport stand in a UNTP DPP 0.6.1 document, found in the member tables.
extension UNTP061DocumentView {
    public func pointer(to field: PassportField) -> JSONPointer {
        JSONPointer(tokens: tokens(to: field))
    }

    private func tokens(to field: PassportField) -> [String] {
        switch field {
        case .subjectID: Self.tokens(\Passport.link, in: Self.document)
        case .granularityLevel: Self.tokens(\Passport.granularityLevel, in: Self.document)
        case .product(let member): Self.tokens(member.keyPath, in: Self.document)
        case .manufacturer(let member): party(\Passport.product.manufacturer, member)
        case .facility(let member): party(\Passport.product.facility, member)
        case .importer(let member): party(\Passport.importer, member)
        case .issuerAlias(let index, let member):
            Self.tokens(\Passport.issuer, in: Self.document) + Self.tokens(\Passport.Issuer.alsoKnownAs, in: Self.issuer)
                + [String(index)] + Self.tokens(member?.keyPath, in: Self.party)
        case .component(let index, let member):
            element(\Passport.product.components, index) + Self.tokens(member?.keyPath, in: Self.component)
        case .fibre(let component, let fibre, let member):
            element(\Passport.product.components, component) + Self.tokens(\Passport.Component.fibres, in: Self.component)
                + [String(fibre)] + Self.tokens(member?.keyPath, in: Self.fibreShare)
        case .excludedFibre(let index, let member):
            element(\Passport.product.excludedFibres, index) + Self.tokens(member?.keyPath, in: Self.excludedFibre)
        case .origin(let index, let member): element(\Passport.origins, index) + Self.tokens(member?.keyPath, in: Self.origin)
        case .originCertificate(let origin, let reference):
            element(\Passport.origins, origin) + Self.tokens(\Passport.Origin.certificateIDs, in: Self.origin) + [String(reference)]
        case .tracedMassFraction: Self.tokens(\Passport.tracedMassFraction, in: Self.document)
        case .processes: Self.tokens(\Passport.processes, in: Self.document)
        case .process(let index, let member): element(\Passport.processes, index) + Self.tokens(member?.keyPath, in: Self.tracedProcess)
        case .journey: Self.tokens(\Passport.journey, in: Self.document)
        case .journeyStep(let index, let member): element(\Passport.journey, index) + Self.tokens(member?.keyPath, in: Self.journeyStep)
        case .inputLot(let step, let index):
            element(\Passport.journey, step) + Self.tokens(\Passport.JourneyStep.inputs, in: Self.journeyStep) + [String(index)]
        case .outputLot(let step, let index):
            element(\Passport.journey, step) + Self.tokens(\Passport.JourneyStep.outputs, in: Self.journeyStep) + [String(index)]
        case .measurement(let step, let measurement, let member):
            element(\Passport.journey, step) + Self.tokens(\Passport.JourneyStep.measurements, in: Self.journeyStep)
                + [String(measurement)] + Self.tokens(member?.keyPath, in: Self.measurement)
        case .certificate(let index, let member): element(\Passport.certificates, index) + Self.tokens(member?.keyPath, in: Self.certificate)
        case .conformityClaim(let index, let member):
            element(\Passport.conformityClaims, index) + Self.tokens(member?.keyPath, in: Self.conformityClaim)
        case .claim(let index, let member): element(\Passport.claims, index) + Self.tokens(member?.keyPath, in: Self.claim)
        }
    }

    /// A party of the document, or one of its members.
    private func party(_ keyPath: PartialKeyPath<Passport>, _ member: PassportField.PartyMember?) -> [String] {
        Self.tokens(keyPath, in: Self.document) + Self.tokens(member?.keyPath, in: Self.party)
    }

    /// The element at `index` of the list at `keyPath`.
    private func element(_ keyPath: PartialKeyPath<Passport>, _ index: Int) -> [String] {
        Self.tokens(keyPath, in: Self.document) + [String(index)]
    }

    /// The member keys that lead to `keyPath` in `object`; none for `nil`, the object itself.
    private static func tokens<Model>(_ keyPath: PartialKeyPath<Model>?, in object: DocumentObject<Model>) -> [String] {
        guard let keyPath else { return [] }
        // Every field's key path is in the tables: PassportDocumentViewTests resolves each one.
        return object.tokens(to: keyPath) ?? []
    }
}
