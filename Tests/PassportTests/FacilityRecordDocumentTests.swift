import JSONCore
import JSONSchema
import TestSupport
import Testing

@testable import Passport

/// The JSON-LD form of facility records: what is written, and how it stands against UNTP's DFR schema.
@Suite struct FacilityRecordDocumentTests {
    /// The demo catalogue with every facility's postal address and coordinates given (values made up for the test).
    static func completeCatalog() throws -> Catalog {
        var catalog = try DemoFixtures.catalog()
        for index in catalog.facilities.indices {
            catalog.facilities[index].postalCode = "00000"
            catalog.facilities[index].locality = "Locality"
            catalog.facilities[index].region = "Region"
            catalog.facilities[index].coordinates = Coordinates(latitude: 46.5, longitude: 100.25)
        }
        return catalog
    }

    /// Written from a catalogue without the facility's postal code and coordinates: the record leaves them out.
    @Test func theGobiTemeeRecordIsWrittenAsExpected() throws {
        let records = try FacilityRecordsTests.records(catalog: FacilityRecordsTests.catalogWithoutLocations())
        let record = try #require(records.records.first { $0.gln == "9521234001409" })
        let expected = try JSONParser().parse(
            Array(
                #"""
                {"@context": ["https://www.w3.org/ns/credentials/v2", "https://vocabulary.uncefact.org/untp/0.7.0/context/"],
                 "type": ["DigitalFacilityRecord", "VerifiableCredential"],
                 "id": "https://dpp.example.com/facilities/9521234001409.jsonld",
                 "issuer": {"type": ["CredentialIssuer"], "id": "did:web:dpp.example.com:khangai-cashmere", "name": "Khangai Cashmere LLC"},
                 "validFrom": "2026-09-01T00:00:00Z",
                 "name": "Digital Facility Record: Gobi Temee Camel Herders' Cooperative pastures",
                 "credentialSubject": {
                   "type": ["Facility"], "id": "https://id.gs1.org/414/9521234001409",
                   "name": "Gobi Temee Camel Herders' Cooperative pastures", "registeredId": "9521234001409",
                   "idScheme": {"type": ["IdentifierScheme"], "id": "https://id.gs1.org/414/", "name": "Global Location Number (GLN) of a physical location"},
                   "countryOfOperation": {"countryCode": "MN"},
                   "processCategory": [{"code": "0143", "name": "Raising of camels and camelids",
                     "schemeId": "https://unstats.un.org/unsd/classifications/Econ/isic",
                     "schemeName": "International Standard Industrial Classification of All Economic Activities (ISIC), Rev.4"}],
                   "relatedParty": [{"role": "operator", "party": {"type": ["Party"], "id": "https://id.gs1.org/417/9521234001409",
                     "name": "Gobi Temee Camel Herders' Cooperative", "registeredId": "9521234001409",
                     "idScheme": {"type": ["IdentifierScheme"], "id": "https://id.gs1.org/417/", "name": "Global Location Number (GLN) of a party"},
                     "registrationCountry": {"countryCode": "MN"}}}],
                   "address": {"streetAddress": "Bayandalai soum, Ömnögovi aimag, Mongolia", "addressLocality": "Bayandalai",
                     "addressRegion": "Ömnögovi", "addressCountry": {"countryCode": "MN"}},
                   "performanceClaim": [{"type": ["Claim"], "id": "https://dpp.example.com/facilities/9521234001409.jsonld#claim-1",
                     "name": "Organic Content Standard certificate OCS-MN-2026-0140",
                     "description": "Certificate OCS-MN-2026-0140 under Organic Content Standard, issued by Example Certification Body LLC, for camel: herding, combing",
                     "referenceCriteria": [{"type": ["Criterion"], "id": "https://textileexchange.org/organic-content-standard/", "name": "Organic Content Standard"}],
                     "claimDate": "2026-09-01", "applicablePeriod": {"startDate": "2026-01-01", "endDate": "2027-12-31"},
                     "claimedPerformance": [],
                     "evidence": [{"linkURL": "https://certs.example.org/ocs/OCS-MN-2026-0140", "linkName": "Organic Content Standard certificate OCS-MN-2026-0140"}],
                     "conformityTopic": [{"type": ["ConformityTopic"], "id": "https://vocabulary.uncefact.org/conformity-topics/ecosystem-preservation",
                       "name": "Ecosystem Preservation"}]},
                    {"type": ["Claim"], "id": "https://dpp.example.com/facilities/9521234001409.jsonld#rangeland",
                     "name": "Rangeland health: recovery class IV",
                     "description": "assessed on 2025-09-03 by Example Rangeland Monitoring Unit, Ömnögovi (National rangeland health monitoring: state-and-transition model of the ecological site group); ecological site group Desert, gravelly; stocking 6630 sheep units; carrying capacity 4100 sheep units; source: Demo data: monitoring report UMN-2025-022",
                     "referenceCriteria": [{"type": ["Criterion"], "id": "https://textilepassport.example.org/vocab/rangeland/national-rangeland-health-assessment",
                       "name": "Mongolia's national rangeland health assessment (state-and-transition recovery classes)"}],
                     "claimDate": "2025-09-03",
                     "claimedPerformance": [{"metric": {"type": ["PerformanceMetric"], "id": "https://textilepassport.example.org/vocab/rangeland/recovery-class",
                       "name": "rangeland recovery class"}, "score": {"code": "IV", "rank": 4}}],
                     "conformityTopic": [{"type": ["ConformityTopic"], "id": "https://vocabulary.uncefact.org/conformity-topics/ecosystem-preservation",
                       "name": "Ecosystem Preservation"}]},
                    {"type": ["Claim"], "id": "https://dpp.example.com/facilities/9521234001409.jsonld#emissions-2025-herding",
                     "name": "Greenhouse-gas intensity of herding, 2025",
                     "description": "27 kg CO2e per kg of raw fibre, declared; method: IPCC 2019 Refinement, Tier 1 (enteric fermentation and manure), mass allocation to fibre; source: Gobi Temee Camel Herders' Cooperative, pasture report 2025 (fictional demo data)",
                     "referenceCriteria": [{"type": ["Criterion"], "id": "https://textilepassport.example.org/vocab/footprint/declared-emissions-intensity",
                       "name": "Emissions intensity declared by the facility, with its method and source"}],
                     "claimDate": "2026-01-20", "applicablePeriod": {"startDate": "2025-01-01", "endDate": "2025-12-31"},
                     "claimedPerformance": [{"metric": {"type": ["PerformanceMetric"], "id": "https://vocabulary.uncefact.org/performance-metrics/ghg-emissions-intensity",
                       "name": "GHG emissions intensity (kg CO2e per kg of raw fibre)"}, "measure": {"value": 27, "unit": "KGM"}}],
                     "conformityTopic": [{"type": ["ConformityTopic"], "id": "https://vocabulary.uncefact.org/conformity-topics/greenhouse-gas-emissions",
                       "name": "Greenhouse Gas Emissions"}]},
                    {"type": ["Claim"], "id": "https://dpp.example.com/facilities/9521234001409.jsonld#emissions-2026-herding",
                     "name": "Greenhouse-gas intensity of herding, 2026",
                     "description": "22.5 kg CO2e per kg of raw fibre, declared; method: IPCC 2019 Refinement, Tier 1 (enteric fermentation and manure), mass allocation to fibre; source: Gobi Temee Camel Herders' Cooperative, pasture report 2026 (fictional demo data)",
                     "referenceCriteria": [{"type": ["Criterion"], "id": "https://textilepassport.example.org/vocab/footprint/declared-emissions-intensity",
                       "name": "Emissions intensity declared by the facility, with its method and source"}],
                     "claimDate": "2026-08-28", "applicablePeriod": {"startDate": "2026-01-01", "endDate": "2026-12-31"},
                     "claimedPerformance": [{"metric": {"type": ["PerformanceMetric"], "id": "https://vocabulary.uncefact.org/performance-metrics/ghg-emissions-intensity",
                       "name": "GHG emissions intensity (kg CO2e per kg of raw fibre)"}, "measure": {"value": 22.5, "unit": "KGM"}}],
                     "conformityTopic": [{"type": ["ConformityTopic"], "id": "https://vocabulary.uncefact.org/conformity-topics/greenhouse-gas-emissions",
                       "name": "Greenhouse Gas Emissions"}]}]
                 }}
                """#.utf8))
        let document = FacilityRecordDocument.encode(record)
        #expect(document == expected)
        #expect(FacilityRecordDocument.absentRequiredMembers(of: record) == ["locationInformation", "address.postalCode"])
    }

    @Test func aCompleteFacilityHasItsPointAndFullAddress() throws {
        let records = try FacilityRecordsTests.records(catalog: try Self.completeCatalog())
        let record = try #require(records.records.first { $0.gln == "9521234000419" })
        let subject = try #require(FacilityRecordDocument.encode(record)["credentialSubject"])
        #expect(subject["locationInformation"] == ["geoLocation": ["latitude": 46.5, "longitude": 100.25]])
        #expect(
            subject["address"] == [
                "streetAddress": "Khan-Uul district, Ulaanbaatar, Mongolia", "postalCode": "00000", "addressLocality": "Locality",
                "addressRegion": "Region", "addressCountry": ["countryCode": "MN"],
            ])
        #expect(records.diagnostics.isEmpty)
    }

    static let schemaPath = "untp/spec-untp-v0.7.0/artefacts/schema/v0.7.0/dfr/DigitalFacilityRecord.json"

    static func dfrValidator() throws -> SchemaValidator {
        let schema = try JSONParser().parse(try ReferenceFolder.all.bytes(schemaPath))
        return try JSONSchemaCompiler(assertFormats: true).compile(schema, baseURI: "file:///DigitalFacilityRecord.json")
    }

    @Test(.requiring(.untp, otherwise: "the facility records are not checked against UNTP's DFR schema"))
    func demoRecordsBreakTheDFRSchemaOnlyWhereTheInputsAreSilent() throws {
        let validator = try Self.dfrValidator()
        for record in try FacilityRecordsTests.records().records {
            let errors = validator.validate(FacilityRecordDocument.encode(record)).errors
            #expect(errors.allSatisfy { $0.rule == .required }, "\(record.name): \(errors)")
            let missing = errors.flatMap { error in error.error.matches(of: /"(\w+)"/).map { "\(error.instanceLocation)/\($0.1)" } }
            let absent = FacilityRecordDocument.absentRequiredMembers(of: record).map {
                "/credentialSubject/" + $0.replacingOccurrences(of: ".", with: "/")
            }
            #expect(Set(missing) == Set(absent), "\(record.name)")
        }
    }

    @Test(.requiring(.untp, otherwise: "the facility records are not checked against UNTP's DFR schema"))
    func recordsOfCompleteInputsAreValidAgainstTheDFRSchema() throws {
        let validator = try Self.dfrValidator()
        let records = try FacilityRecordsTests.records(catalog: try Self.completeCatalog())
        #expect(records.records.count == 9)
        for record in records.records {
            let result = validator.validate(FacilityRecordDocument.encode(record))
            #expect(result.isValid, "\(record.name): \(result.errors)")
        }
    }
}
