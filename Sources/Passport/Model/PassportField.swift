/// Where a value stands in a ``Passport``, whatever UNTP version writes it: rules say *where*
/// with a field, and a ``PassportDocumentView`` turns it into a JSON Pointer of its documents.
///
/// Positions are those of the passport's lists, which decoding keeps (an element of the wrong
/// type reads as an empty one), so they are the positions in the document too.
public enum PassportField: Hashable, Sendable {
    case granularityLevel
    case product(ProductMember)
    case manufacturer(PartyMember? = nil)
    case facility(PartyMember? = nil)
    case importer(PartyMember? = nil)
    /// One of the parties the issuer is also known as.
    case issuerAlias(Int, PartyMember? = nil)
    case component(Int, ComponentMember? = nil)
    /// A fibre of a component's composition.
    case fibre(component: Int, fibre: Int, FibreMember? = nil)
    case excludedFibre(Int, ExcludedFibreMember? = nil)
    case origin(Int, OriginMember? = nil)
    /// A certificate reference of an origin.
    case originCertificate(origin: Int, reference: Int)
    case tracedMassFraction
    /// The list of traced processes, or one of them.
    case processes
    case process(Int, ProcessMember? = nil)
    /// The journey, or one of its steps, or a lot that went in or came out of one.
    case journey
    case journeyStep(Int, JourneyStepMember? = nil)
    case inputLot(step: Int, Int)
    case outputLot(step: Int, Int)
    case measurement(step: Int, measurement: Int, MeasurementMember? = nil)
    case certificate(Int, CertificateMember? = nil)
    case conformityClaim(Int, ConformityClaimMember? = nil)
    case claim(Int, ClaimMember? = nil)
    /// A stage of the greenhouse-gas footprint.
    case footprintStage(Int, FootprintStageMember? = nil)

    /// A member of ``Passport/Product``.
    public enum ProductMember: Hashable, Sendable, CaseIterable {
        case id, name, description, registeredID, idScheme, categories, components, care, repair, recycledContentPercent,
            substancesOfConcern, labelText, labelStatements, excludedFibres

        var keyPath: PartialKeyPath<Passport> {
            switch self {
            case .id: \Passport.product.id
            case .name: \Passport.product.name
            case .description: \Passport.product.description
            case .registeredID: \Passport.product.registeredID
            case .idScheme: \Passport.product.idScheme
            case .categories: \Passport.product.categories
            case .components: \Passport.product.components
            case .care: \Passport.product.care
            case .repair: \Passport.product.repair
            case .recycledContentPercent: \Passport.product.recycledContentPercent
            case .substancesOfConcern: \Passport.product.substancesOfConcern
            case .labelText: \Passport.product.labelText
            case .labelStatements: \Passport.product.labelStatements
            case .excludedFibres: \Passport.product.excludedFibres
            }
        }
    }

    /// A member of ``Passport/Party``.
    public enum PartyMember: Hashable, Sendable, CaseIterable {
        case id, registeredID, eori

        var keyPath: PartialKeyPath<Passport.Party> {
            switch self {
            case .id: \.id
            case .registeredID: \.registeredID
            case .eori: \.eori
            }
        }
    }

    /// A member of ``Passport/Component``.
    public enum ComponentMember: Hashable, Sendable, CaseIterable {
        case fibres

        var keyPath: PartialKeyPath<Passport.Component> { \.fibres }
    }

    /// A member of ``Passport/FibreShare``.
    public enum FibreMember: Hashable, Sendable, CaseIterable {
        case fibre, name

        var keyPath: PartialKeyPath<Passport.FibreShare> {
            switch self {
            case .fibre: \.fibre
            case .name: \.name
            }
        }
    }

    /// A member of ``Passport/ExcludedFibre``.
    public enum ExcludedFibreMember: Hashable, Sendable, CaseIterable {
        case percentOfWeight

        var keyPath: PartialKeyPath<Passport.ExcludedFibre> { \.percentOfWeight }
    }

    /// A member of ``Passport/Origin``.
    public enum OriginMember: Hashable, Sendable, CaseIterable {
        case lotID, fibre, producer, location

        var keyPath: PartialKeyPath<Passport.Origin> {
            switch self {
            case .lotID: \.lotID
            case .fibre: \.materialType
            case .producer: \.producer
            case .location: \.location
            }
        }
    }

    /// A member of ``Passport/TracedProcess``.
    public enum ProcessMember: Hashable, Sendable, CaseIterable {
        case verifiedRatio

        var keyPath: PartialKeyPath<Passport.TracedProcess> { \.verifiedRatio }
    }

    /// A member of ``Passport/JourneyStep``.
    public enum JourneyStepMember: Hashable, Sendable, CaseIterable {
        case location

        var keyPath: PartialKeyPath<Passport.JourneyStep> { \.location }
    }

    /// A member of ``Passport/Measurement``.
    public enum MeasurementMember: Hashable, Sendable, CaseIterable {
        case meanValue, standardDeviation, percentileRank, percentileValue

        var keyPath: PartialKeyPath<Passport.Measurement> {
            switch self {
            case .meanValue: \.meanValue
            case .standardDeviation: \.standardDeviation
            case .percentileRank: \.percentileRank
            case .percentileValue: \.percentileValue
            }
        }
    }

    /// A member of ``Passport/Certificate``.
    public enum CertificateMember: Hashable, Sendable, CaseIterable {
        case holder, validFrom, validUntil

        var keyPath: PartialKeyPath<Passport.Certificate> {
            switch self {
            case .holder: \.holder
            case .validFrom: \.validFrom
            case .validUntil: \.validUntil
            }
        }
    }

    /// A member of ``Passport/ConformityClaim``.
    public enum ConformityClaimMember: Hashable, Sendable, CaseIterable {
        case description

        var keyPath: PartialKeyPath<Passport.ConformityClaim> { \.description }
    }

    /// A member of ``Passport/Claim``.
    public enum ClaimMember: Hashable, Sendable, CaseIterable {
        case text, evidence

        var keyPath: PartialKeyPath<Passport.Claim> {
            switch self {
            case .text: \.text
            case .evidence: \.evidence
            }
        }
    }

    /// A member of ``Passport/FootprintStage``.
    public enum FootprintStageMember: Hashable, Sendable, CaseIterable {
        case method

        var keyPath: PartialKeyPath<Passport.FootprintStage> { \.method }
    }
}
