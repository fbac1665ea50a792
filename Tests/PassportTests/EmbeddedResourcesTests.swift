import Foundation
import Testing
import TextileResources

/// The copies of `Schemas/` and `Fixtures/demo/` inside the binary equal the files.
@Suite struct EmbeddedResourcesTests {
    static let schemaFiles = (try? FileManager.default.contentsOfDirectory(atPath: DemoFixtures.packageRoot.appendingPathComponent("Schemas").path)) ?? []

    @Test func everySchemaFileIsEmbeddedUnchanged() throws {
        #expect(!Self.schemaFiles.isEmpty)
        for name in Self.schemaFiles {
            let file = Array(try Data(contentsOf: DemoFixtures.packageRoot.appendingPathComponent("Schemas/" + name)))
            #expect(EmbeddedResources.schemas[name] == file, "Schemas/\(name)")
        }
        #expect(Set(EmbeddedResources.schemas.keys) == Set(Self.schemaFiles))
    }

    @Test(arguments: ["catalog.json", "events.jsonld"])
    func demoFixturesAreEmbeddedUnchanged(name: String) throws {
        #expect(EmbeddedResources.demoFixtures[name] == (try DemoFixtures.bytes(name)))
    }
}
