import Foundation
import TestSupport
import Testing
import TextileResources

/// The copies of `Schemas/` and `Fixtures/demo/` inside the binary equal the files.
@Suite struct EmbeddedResourcesTests {
    static let schemaFiles = files(in: "Schemas")
    static let profileFiles = files(in: "Schemas/profiles")

    /// The names of the regular files (not folders) in `folder` of the package.
    static func files(in folder: String) -> [String] {
        let path = PackageFolders.root.appendingPathComponent(folder).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isFolder) && !isFolder.boolValue
        }
    }

    @Test func everyProfileFileIsEmbeddedUnchanged() throws {
        #expect(Self.profileFiles.count >= 3)
        for name in Self.profileFiles {
            let file = Array(try Data(contentsOf: PackageFolders.root.appendingPathComponent("Schemas/profiles/" + name)))
            #expect(EmbeddedResources.profiles[name] == file, "Schemas/profiles/\(name)")
        }
        #expect(Set(EmbeddedResources.profiles.keys) == Set(Self.profileFiles))
    }

    @Test func everySchemaFileIsEmbeddedUnchanged() throws {
        #expect(!Self.schemaFiles.isEmpty)
        for name in Self.schemaFiles {
            let file = Array(try Data(contentsOf: PackageFolders.root.appendingPathComponent("Schemas/" + name)))
            #expect(EmbeddedResources.schemas[name] == file, "Schemas/\(name)")
        }
        #expect(Set(EmbeddedResources.schemas.keys) == Set(Self.schemaFiles))
    }

    @Test(arguments: ["catalog.json", "events.jsonld", "lender-criteria.json"])
    func demoFixturesAreEmbeddedUnchanged(name: String) throws {
        #expect(EmbeddedResources.demoFixtures[name] == (try DemoFixtures.bytes(name)))
    }
}
