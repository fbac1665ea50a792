import Foundation
import JSONCore
import JSONSchema
import Testing

@Suite struct SchemaRegistryTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("units"), withIntermediateDirectories: true)
        try Data(#"{"$id": "https://example.com/units.json", "enum": ["kg", "g"]}"#.utf8).write(to: folder.appendingPathComponent("units/units.json"))
        try Data(#"{"type": "integer", "minimum": 0}"#.utf8).write(to: folder.appendingPathComponent("count.json"))
        return folder
    }

    @Test func folderDocumentsResolveByTheirId() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var registry = SchemaRegistry()
        try registry.add(folder: folder)
        let schema = try JSONSchemaCompiler(registry: registry).compile(["$ref": "https://example.com/units.json"])
        #expect(schema.isValid("kg"))
        #expect(!schema.isValid("lb"))
    }

    @Test func aURLPrefixMapsToAFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var registry = SchemaRegistry()
        registry.map(prefix: "https://schemas.example.com/", to: folder)
        let schema = try JSONSchemaCompiler(registry: registry).compile(["items": ["$ref": "https://schemas.example.com/count.json"]])
        #expect(schema.isValid([1, 2]))
        #expect(!schema.isValid([-1]))
    }

    @Test func aPrefixNeverEscapesItsFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var registry = SchemaRegistry()
        registry.map(prefix: "https://schemas.example.com/units/", to: folder.appendingPathComponent("units"))
        #expect(throws: SchemaCompileError.self) {
            try JSONSchemaCompiler(registry: registry).compile(["$ref": "https://schemas.example.com/units/../count.json"])
        }
    }

    @Test func anUnparsableRemoteIsAnError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{ broken".utf8).write(to: folder.appendingPathComponent("broken.json"))
        var registry = SchemaRegistry()
        registry.map(prefix: "https://schemas.example.com/", to: folder)
        #expect {
            try JSONSchemaCompiler(registry: registry).compile(["$ref": "https://schemas.example.com/broken.json"])
        } throws: { error in
            (error as? SchemaCompileError)?.rule == .unreadableDocument
        }
    }
}
