import JSONCore
import TestSupport
import Testing

@testable import Passport

/// The document views of both UNTP versions: every demo passport reads back as it was assembled,
/// a document of the wrong shape reads without a crash and keeps its places, and every field has
/// a pointer.
@Suite struct PassportDocumentViewTests {
    /// The demo passports with their documents, as `dpp demo` generates them in `version`.
    static func outputs(_ version: UNTPVersion) -> [AssembledPassport] {
        let generator = PassportGenerator(
            catalog: try! DemoFixtures.catalog(), graph: try! DemoFixtures.graph(), baseURL: "https://dpp.example.com", version: version)
        return generator.assembleAll().compactMap(\.assembled)
    }

    static let outputs061 = outputs(.v061)

    /// `passport` as far as documents of `version` carry it: neither writes a facility's one-line
    /// address or electronic addresses (parties carry theirs); 0.6.1 writes no claim criteria and
    /// no link media types; 0.7.0 gives a classification no identifier of its own.
    static func carried(_ passport: Passport, by version: UNTPVersion) -> Passport {
        var carried = passport
        carried.product.facility?.address = nil
        carried.product.facility?.email = nil
        carried.product.facility?.website = nil
        // Neither writes a media type for recyclability or repair links.
        carried.circularity.recyclingInformation?.mediaType = nil
        carried.circularity.repairInformation?.mediaType = nil
        switch version {
        case .v061:
            for index in carried.conformityClaims.indices {
                carried.conformityClaims[index].criteria = []
                carried.conformityClaims[index].evidence?.mediaType = nil
            }
            for index in carried.product.furtherInformation.indices { carried.product.furtherInformation[index].mediaType = nil }
            for process in carried.processes.indices {
                for event in carried.processes[process].events.indices { carried.processes[process].events[event].mediaType = nil }
            }
        case .v070:
            for index in carried.origins.indices { carried.origins[index].materialType?.id = nil }
            for index in carried.product.categories.indices { carried.product.categories[index].id = nil }
        }
        return carried
    }

    /// `passport` written in `version`, printed, parsed and read back, as a reader of the published file sees it.
    static func readBack(_ passport: Passport, in version: UNTPVersion) throws -> Passport {
        version.view.decode(try JSONParser().parse(JSONWriter(pretty: true).bytes(version.view.encode(passport))))
    }

    @Test(arguments: UNTPVersion.allCases)
    func everyDemoPassportReadsBackAsAssembled(version: UNTPVersion) throws {
        let outputs = Self.outputs(version)
        #expect(outputs.count == 6)
        for output in outputs {
            #expect(version.view.encode(output.passport) == output.document, "\(output.passport.lot ?? "?") is written by the view")
            let decoded = try Self.readBack(output.passport, in: version)
            #expect(decoded == Self.carried(output.passport, by: version), "\(output.passport.lot ?? "?")")
            #expect(version.view.encode(decoded) == output.document, "\(output.passport.lot ?? "?") is written again the same")
        }
    }

    /// The demo beanie with every value the demo leaves out filled in, so that every member of
    /// ``Passport`` is set somewhere in it.
    static let fullPassport: Passport = {
        var passport = outputs061.first { $0.passport.lot == "KC-BN-2026-001" }!.passport
        let party = Passport.Party(
            id: "https://id.gs1.org/417/9521234000105", name: "Khangai Cashmere LLC", registeredID: "9521234000105",
            address: "Ulaanbaatar", email: "info@khangai.example.com", website: "https://khangai.example.com", eori: "DE123456789")
        passport.product.manufacturer = party
        passport.importer = party
        passport.issuer.alsoKnownAs = [party]
        passport.product.facility?.eori = "DE123456789"
        passport.product.facility?.email = "factory@khangai.example.com"
        passport.product.facility?.website = "https://khangai.example.com/factory"
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
                percentileRank: 97, percentileValue: 22.4, unit: "4H", methodURL: "https://iwto.org/iwto-47")
        ]
        passport.conformityClaims[0].evidence?.type = "certificate"
        passport.conformityClaims[0].evidence?.mediaType = "text/html"
        passport.product.furtherInformation[0].mediaType = "text/html"
        passport.processes[0].events[0].mediaType = "application/ld+json"
        passport.circularity.recyclingInformation?.mediaType = "text/html"
        passport.circularity.repairInformation?.mediaType = "text/html"
        passport.validUntil = "2036-01-01T00:00:00Z"
        passport.footprint?.undeclaredSteps = [
            Passport.UndeclaredStep(
                facility: "https://id.gs1.org/414/9521234000310", facilityName: "Dye house", stage: "dyeing", year: 2026)
        ]
        passport.circularity.recyclingInformation?.type = "recycling"
        passport.circularity.repairInformation?.type = "repair"
        passport.status = Passport.StatusEntry(
            id: "https://dpp.example.com/status/revocation.jwt#3", type: "BitstringStatusListEntry", purpose: "revocation", index: "3",
            listCredential: "https://dpp.example.com/status/revocation.jwt")
        return passport
    }()

    @Test(arguments: UNTPVersion.allCases)
    func aFullPassportSetsEveryMemberAndReadsBack(version: UNTPVersion) throws {
        var coverage = MemberCoverage()
        coverage.walk(Self.fullPassport, at: "")
        #expect(coverage.neverSet == [], "members the full passport leaves unset, so the round trip would not cover them")
        #expect(try Self.readBack(Self.fullPassport, in: version) == Self.carried(Self.fullPassport, by: version))
    }

    @Test func aDocumentOfTheWrongShapeReadsWithoutACrashAndKeepsItsPlaces() throws {
        let document = try JSONParser().parse(
            Array(
                """
                {"@context": ["https://www.w3.org/ns/credentials/v2", "https://test.uncefact.org/vocabulary/untp/dpp/0.6.1/"],
                 "issuer": "did:web:example.com", "validFrom": 2026,
                 "credentialSubject": {"granularityLevel": 3, "tracedMassFraction": "all", "materialsProvenance": {"0": {}},
                   "product": {"name": ["a sweater"], "producedByParty": "Khangai",
                     "characteristics": {"labelStatements": ["a", 1, "b"], "substancesOfConcern": {},
                       "components": ["body", {"componentName": "lining", "weightPercent": "20", "fibreContent": [null, {"fibre": "silk", "percent": 100}]}]}},
                   "journey": [{"inputLots": [1, "https://id.gs1.org/01/09521234100010/10/L1"], "measurements": [7]}],
                   "certificates": [{"certificateURL": "https://certs.example.org/1", "certifiedFrom": "2026-02-30", "certifiedUntil": 20270101}]}}
                """.utf8))
        let passport = UNTPVersion.v061.view.decode(document)
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
        for value: JSONValue in [[:], [], "a passport", 1, nil] {
            for version in UNTPVersion.allCases { #expect(version.view.decode(value) == Passport(), "\(version)") }
        }
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
            .granularityLevel, .tracedMassFraction, .processes, .journey,
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
        fields += ([nil] + Field.FootprintStageMember.allCases).map { .footprintStage(0, $0) }
        return fields
    }()

    /// Whether `fields` has an example of the field's case; this switch stops compiling when a
    /// case is added, so that the example list grows with it.
    static func hasExample(_ field: PassportField) -> Bool {
        switch field {
        case .granularityLevel, .product, .manufacturer, .facility, .importer, .issuerAlias, .component, .fibre,
            .excludedFibre, .origin, .originCertificate, .tracedMassFraction, .processes, .process, .journey, .journeyStep,
            .inputLot, .outputLot, .measurement, .certificate, .conformityClaim, .claim, .footprintStage:
            true
        }
    }

    @Test(arguments: UNTPVersion.allCases)
    func everyFieldHasAPointerThatResolvesInAFullDocument(version: UNTPVersion) {
        let document = version.view.encode(Self.fullPassport)
        #expect(Self.fields.allSatisfy(Self.hasExample))
        let pointers = Self.fields.map { version.view.pointer(to: $0, in: document) }
        for (field, pointer) in zip(Self.fields, pointers) {
            #expect(pointer.tokens.count > 1, "\(field) has no pointer of its own")
            #expect(pointer.resolve(in: document) != nil, "\(field) -> \(pointer) does not resolve")
        }
        #expect(Set(pointers).count == Self.fields.count, "two fields share a pointer")
    }

    @Test(arguments: [
        (PassportField.fibre(component: 1, fibre: 0, .name), "/credentialSubject/product/characteristics/components/1/fibreContent/0/fibreName"),
        (.certificate(2, .validUntil), "/credentialSubject/certificates/2/certifiedUntil"),
        (.issuerAlias(0, .registeredID), "/issuer/issuerAlsoKnownAs/0/registeredId"),
        (.origin(3, .fibre), "/credentialSubject/materialsProvenance/3/materialType"),
        (.product(.labelStatements), "/credentialSubject/product/characteristics/labelStatements"),
        (.measurement(step: 4, measurement: 1, .percentileRank), "/credentialSubject/journey/4/measurements/1/percentileRank"),
        (.manufacturer(.registeredID), "/credentialSubject/product/producedByParty/registeredId"),
    ])
    func aFieldHasThe061DocumentsPointer(field: PassportField, pointer: String) {
        #expect(UNTPVersion.v061.view.pointer(to: field, in: [:]).description == pointer)
    }

    /// In 0.7.0 the subject is the product, the textile evidence is in its characteristics and a
    /// party stands at its role's place in `relatedParty` (the importer second in the full passport).
    @Test(arguments: [
        (PassportField.fibre(component: 1, fibre: 0, .name), "/credentialSubject/characteristics/components/1/fibreContent/0/fibreName"),
        (.certificate(2, .validUntil), "/credentialSubject/characteristics/certificates/2/certifiedUntil"),
        (.issuerAlias(0, .registeredID), "/issuer/issuerAlsoKnownAs/0/registeredId"),
        (.origin(3, .fibre), "/credentialSubject/materialProvenance/3/materialType"),
        (.product(.labelStatements), "/credentialSubject/characteristics/labelStatements"),
        (.measurement(step: 4, measurement: 1, .percentileRank), "/credentialSubject/characteristics/journey/4/measurements/1/percentileRank"),
        (.manufacturer(.registeredID), "/credentialSubject/relatedParty/0/party/registeredId"),
        (.importer(.eori), "/credentialSubject/relatedParty/1/party/eori"),
        (.facility(.id), "/credentialSubject/producedAtFacility/id"),
    ])
    func aFieldHasThe070DocumentsPointer(field: PassportField, pointer: String) {
        let document = UNTPVersion.v070.view.encode(Self.fullPassport)
        #expect(UNTPVersion.v070.view.pointer(to: field, in: document).description == pointer)
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
