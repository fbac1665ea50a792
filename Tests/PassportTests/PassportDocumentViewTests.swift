import JSONCore
import TestSupport
import Testing

@testable import Passport

/// The UNTP 0.6.1 view: every demo passport reads back as it was assembled, a document of the
/// wrong shape reads without a crash and keeps its places, and every field has a pointer.
@Suite struct PassportDocumentViewTests {
    static let view = PassportDocument.view

    /// The demo passports with their documents, as `dpp demo` generates them.
    static let outputs: [AssembledPassport] = {
        let generator = PassportGenerator(catalog: try! DemoFixtures.catalog(), graph: try! DemoFixtures.graph(), baseURL: "https://dpp.example.com")
        return generator.assembleAll().compactMap(\.assembled)
    }()

    /// `passport` as far as 0.6.1 documents carry it: they have no member for a party's address
    /// or a producer's name (which only the origin's name holds).
    static func carriedBy061(_ passport: Passport) -> Passport {
        var carried = passport
        for keyPath: WritableKeyPath<Passport, Passport.Party?> in [\.product.manufacturer, \.product.facility, \.importer] {
            carried[keyPath: keyPath]?.address = nil
        }
        for index in carried.issuer.alsoKnownAs.indices { carried.issuer.alsoKnownAs[index].address = nil }
        for index in carried.origins.indices { carried.origins[index].producerName = nil }
        return carried
    }

    /// `passport` written, printed, parsed and read back, as a reader of the published file sees it.
    static func readBack(_ passport: Passport) throws -> Passport {
        view.decode(try JSONParser().parse(JSONWriter(pretty: true).bytes(view.encode(passport))))
    }

    @Test func everyDemoPassportReadsBackAsAssembled() throws {
        #expect(Self.outputs.count == 6)
        for output in Self.outputs {
            #expect(view(output.passport) == output.document, "\(output.passport.lot ?? "?") is written by the view")
            let decoded = try Self.readBack(output.passport)
            #expect(decoded == Self.carriedBy061(output.passport), "\(output.passport.lot ?? "?")")
            #expect(Self.view.encode(decoded) == output.document, "\(output.passport.lot ?? "?") is written again the same")
        }
    }

    private func view(_ passport: Passport) -> JSONValue { Self.view.encode(passport) }

    /// The demo beanie with every value the demo leaves out filled in, so that every member of
    /// ``Passport`` is set somewhere in it.
    static let fullPassport: Passport = {
        var passport = outputs.first { $0.passport.lot == "KC-BN-2026-001" }!.passport
        let party = Passport.Party(
            id: "https://id.gs1.org/417/9521234000105", name: "Khangai Cashmere LLC", registeredID: "9521234000105",
            address: "Ulaanbaatar", eori: "DE123456789")
        passport.product.manufacturer = party
        passport.importer = party
        passport.issuer.alsoKnownAs = [party]
        passport.product.facility?.eori = "DE123456789"
        passport.product.labelStatements = ["Contains non-textile parts of animal origin"]
        passport.product.excludedFibres = [Passport.ExcludedFibre(fibre: "polyester", role: "decorative", percentOfWeight: 1)]
        passport.product.substancesOfConcern = [
            Passport.Substance(name: "Formaldehyde", casNumber: "50-00-0", concentrationPercent: 0.001, location: "lining")
        ]
        passport.certificates[0].schemeURL = "https://certs.example.org/sfa"
        passport.journey[0].outputs = passport.journey[0].inputs
        passport.journey[0].measurements = [
            Passport.Measurement(
                lotID: passport.journey[0].inputs[0], quantity: "fibre diameter", meanValue: 15.8, standardDeviation: 3.2,
                percentileRank: 97, percentileValue: 22.4, unit: "4H", method: "IWTO-47")
        ]
        passport.conformityClaims[0].evidence?.type = "certificate"
        passport.circularity.recyclingInformation?.type = "recycling"
        passport.circularity.repairInformation?.type = "repair"
        passport.status = Passport.StatusEntry(
            id: "https://dpp.example.com/status/revocation.jwt#3", type: "BitstringStatusListEntry", purpose: "revocation", index: "3",
            listCredential: "https://dpp.example.com/status/revocation.jwt")
        return passport
    }()

    @Test func aFullPassportSetsEveryMemberAndReadsBack() throws {
        var coverage = MemberCoverage()
        coverage.walk(Self.fullPassport, at: "")
        #expect(coverage.neverSet == [], "members the full passport leaves unset, so the round trip would not cover them")
        #expect(try Self.readBack(Self.fullPassport) == Self.carriedBy061(Self.fullPassport))
    }

    @Test func aDocumentOfTheWrongShapeReadsWithoutACrashAndKeepsItsPlaces() throws {
        let document = try JSONParser().parse(
            Array(
                """
                {"issuer": "did:web:example.com", "validFrom": 2026,
                 "credentialSubject": {"granularityLevel": 3, "tracedMassFraction": "all", "materialsProvenance": {"0": {}},
                   "product": {"name": ["a sweater"], "producedByParty": "Khangai",
                     "characteristics": {"labelStatements": ["a", 1, "b"], "substancesOfConcern": {},
                       "components": ["body", {"componentName": "lining", "weightPercent": "20", "fibreContent": [null, {"fibre": "silk", "percent": 100}]}]}},
                   "journey": [{"inputLots": [1, "https://id.gs1.org/01/09521234100010/10/L1"], "measurements": [7]}],
                   "certificates": [{"certificateURL": "https://certs.example.org/1", "certifiedFrom": "2026-02-30", "certifiedUntil": 20270101}]}}
                """.utf8))
        let passport = Self.view.decode(document)
        #expect(passport.issuer == Passport.Issuer())
        #expect(passport.validFrom == nil && passport.granularityLevel == nil && passport.tracedMassFraction == nil)
        #expect(passport.origins == [])
        #expect(passport.product.name == nil && passport.product.manufacturer == nil)
        #expect(passport.product.labelStatements == ["a", nil, "b"])
        #expect(passport.product.substancesOfConcern == nil)
        #expect(
            passport.product.components == [
                Passport.Component(),
                Passport.Component(name: "lining", fibres: [Passport.FibreShare(), Passport.FibreShare(fibre: "silk", percent: 100)]),
            ])
        #expect(
            passport.journey == [
                Passport.JourneyStep(inputs: [nil, "https://id.gs1.org/01/09521234100010/10/L1"], measurements: [Passport.Measurement()])
            ])
        #expect(passport.certificates == [Passport.Certificate(id: "https://certs.example.org/1")])
        for value: JSONValue in [[:], [], "a passport", 1, nil] { #expect(Self.view.decode(value) == Passport()) }
        // The rules read it as it is and say what is wrong, at the places of the document: the
        // body, an empty component, has no composition.
        let findings = PassportCheck().run(document, file: "p.jsonld", context: CheckContext(date: CalendarDate("2026-09-01")!))
            .map { "\($0.ruleID) \($0.location.pointer ?? "")" }
        #expect(findings.contains("TXT-COMPONENT-COMPOSITION /credentialSubject/product/characteristics/components/0/fibreContent"))
        #expect(findings.contains("CERT-NOT-VALID /credentialSubject/certificates/0"))
    }

    /// One example of every field, with every member.
    static let fields: [PassportField] = {
        typealias Field = PassportField
        let step = fullPassport.journey.firstIndex { !$0.measurements.isEmpty }!
        var fields: [Field] = [
            .subjectID, .granularityLevel, .tracedMassFraction, .processes, .journey,
            .originCertificate(origin: 0, reference: 0), .inputLot(step: 0, 0), .outputLot(step: 0, 0),
        ]
        fields += Field.ProductMember.allCases.map { .product($0) }
        for member in [nil] + Field.PartyMember.allCases {
            fields += [.manufacturer(member), .facility(member), .importer(member), .issuerAlias(0, member)]
        }
        fields += ([nil] + Field.ComponentMember.allCases).map { .component(0, $0) }
        fields += ([nil] + Field.FibreMember.allCases).map { .fibre(component: 0, fibre: 0, $0) }
        fields += ([nil] + Field.ExcludedFibreMember.allCases).map { .excludedFibre(0, $0) }
        fields += ([nil] + Field.OriginMember.allCases).map { .origin(0, $0) }
        fields += ([nil] + Field.ProcessMember.allCases).map { .process(0, $0) }
        fields += ([nil] + Field.JourneyStepMember.allCases).map { .journeyStep(0, $0) }
        fields += ([nil] + Field.MeasurementMember.allCases).map { .measurement(step: step, measurement: 0, $0) }
        fields += ([nil] + Field.CertificateMember.allCases).map { .certificate(0, $0) }
        fields += ([nil] + Field.ConformityClaimMember.allCases).map { .conformityClaim(0, $0) }
        fields += ([nil] + Field.ClaimMember.allCases).map { .claim(0, $0) }
        return fields
    }()

    /// Whether `fields` has an example of the field's case; this switch stops compiling when a
    /// case is added, so that the example list grows with it.
    static func hasExample(_ field: PassportField) -> Bool {
        switch field {
        case .subjectID, .granularityLevel, .product, .manufacturer, .facility, .importer, .issuerAlias, .component, .fibre,
            .excludedFibre, .origin, .originCertificate, .tracedMassFraction, .processes, .process, .journey, .journeyStep,
            .inputLot, .outputLot, .measurement, .certificate, .conformityClaim, .claim:
            true
        }
    }

    @Test func everyFieldHasAPointerThatResolvesInAFullDocument() {
        let document = Self.view.encode(Self.fullPassport)
        #expect(Self.fields.allSatisfy(Self.hasExample))
        for field in Self.fields {
            let pointer = Self.view.pointer(to: field)
            #expect(pointer.tokens.count > 1, "\(field) has no pointer of its own")
            #expect(pointer.resolve(in: document) != nil, "\(field) -> \(pointer) does not resolve")
        }
        #expect(Set(Self.fields.map(Self.view.pointer)).count == Self.fields.count, "two fields share a pointer")
    }

    @Test(arguments: [
        (PassportField.fibre(component: 1, fibre: 0, .name), "/credentialSubject/product/characteristics/components/1/fibreContent/0/fibreName"),
        (.certificate(2, .validUntil), "/credentialSubject/certificates/2/certifiedUntil"),
        (.issuerAlias(0, .registeredID), "/issuer/issuerAlsoKnownAs/0/registeredId"),
        (.origin(3, .fibre), "/credentialSubject/materialsProvenance/3/materialType"),
        (.product(.labelStatements), "/credentialSubject/product/characteristics/labelStatements"),
        (.measurement(step: 4, measurement: 1, .percentileRank), "/credentialSubject/journey/4/measurements/1/percentileRank"),
    ])
    func aFieldHasTheDocumentsPointer(field: PassportField, pointer: String) {
        #expect(Self.view.pointer(to: field).description == pointer)
    }
}

/// Which members of a value are set somewhere in it, by path (`product.components[].fibres[].percent`).
struct MemberCoverage {
    private(set) var all: Set<String> = []
    private(set) var set: Set<String> = []

    /// The members never set: `nil` or an empty list wherever they occur.
    var neverSet: [String] { all.subtracting(set).sorted() }

    mutating func walk(_ value: Any, at path: String) {
        all.insert(path)
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            if let wrapped = mirror.children.first?.value { walk(wrapped, at: path) }
        case .collection:
            if !mirror.children.isEmpty { set.insert(path) }
            for element in mirror.children { walk(element.value, at: path + "[]") }
        case .struct:
            set.insert(path)
            for child in mirror.children { walk(child.value, at: (path.isEmpty ? "" : path + ".") + (child.label ?? "?")) }
        default:
            set.insert(path)
        }
    }
}
