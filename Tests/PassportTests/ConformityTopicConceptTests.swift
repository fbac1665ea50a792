import Foundation
import JSONCore
import Passport
import TestSupport
import Testing

/// The catalogue's conformity topic codes as concepts of UNTP's Conformity Topic Classification.
@Suite struct ConformityTopicConceptTests {
    static let codes = [
        "environment.energy", "environment.emissions", "environment.water", "environment.waste", "environment.deforestation",
        "environment.biodiversity", "circularity.content", "circularity.design",
    ]

    @Test func everyTopicTheCatalogueSchemaAllowsHasAConcept() throws {
        let schema = try JSONParser().parse(Array(try Data(contentsOf: PackageFolders.root.appendingPathComponent("Schemas/catalog.schema.json"))))
        let allowed = schema["$defs"]?["certificate"]?["properties"]?["conformityTopic"]?["enum"]?.arrayValue?.compactMap(\.stringValue)
        #expect(allowed == Self.codes)
        #expect(ConformityTopicConcept(catalogCode: "social.labour") == nil)
    }

    /// Each code maps to a concept whose scope note names it (`...; UNTP environment.biodiversity.`), with its label;
    /// the circularity codes are named by two concepts each, and map to the one of Ecological Resilience.
    @Test(.requiring(.untp, otherwise: "the conformity topics are not checked against UNTP's classification"))
    func eachConceptIsOneTheClassificationMapsTheCodeTo() throws {
        let vocabulary = try JSONParser().parse(
            try ReferenceFolder.untp.bytes("spec-untp-v0.7.0/artefacts/vocabularies/untp-topics/untp-topics.jsonld"))
        let concepts = vocabulary["@graph"]?.arrayValue ?? []
        for code in Self.codes {
            let concept = try #require(ConformityTopicConcept(catalogCode: code))
            let named = concepts.filter { ($0["scopeNote"]?.stringValue ?? "").contains("UNTP \(code).") }
            let chosen = try #require(
                named.first { $0["@id"]?.stringValue?.replacingOccurrences(of: "topics:", with: ConformityTopicConcept.scheme) == concept.id },
                "\(code): \(concept.id) is not among \(named.compactMap { $0["@id"]?.stringValue })")
            #expect(concept.name == chosen["prefLabel"]?.stringValue, "\(code)")
            #expect(chosen["broader"]?.stringValue == "topics:ecological-resilience", "\(code)")
        }
    }
}
