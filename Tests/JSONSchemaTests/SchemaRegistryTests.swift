import Foundation
import JSONCore
import JSONSchema
import TestSupport
import Testing

@Suite struct SchemaRegistryTests {
    /// A temporary folder with two schemas: `units/units.json`, which has an `$id`, and `count.json`, which has none.
    func schemaFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("units/units.json", #"{"$id": "https://example.com/units.json", "enum": ["kg", "g"]}"#)
        try folder.write("count.json", #"{"type": "integer", "minimum": 0}"#)
        return folder
    }

    @Test func folderDocumentsResolveByTheirId() throws {
        let folder = try schemaFolder()
        defer { folder.remove() }
        var registry = SchemaRegistry()
        try registry.add(folder: folder.url)
        let schema = try JSONSchemaCompiler(registry: registry).compile(["$ref": "https://example.com/units.json"])
        #expect(schema.isValid("kg"))
        #expect(!schema.isValid("lb"))
    }

    @Test func aURLPrefixMapsToAFolder() throws {
        let folder = try schemaFolder()
        defer { folder.remove() }
        var registry = SchemaRegistry()
        registry.map(prefix: "https://schemas.example.com/", to: folder.url)
        let schema = try JSONSchemaCompiler(registry: registry).compile(["items": ["$ref": "https://schemas.example.com/count.json"]])
        #expect(schema.isValid([1, 2]))
        #expect(!schema.isValid([-1]))
    }

    @Test func aPrefixNeverEscapesItsFolder() throws {
        let folder = try schemaFolder()
        defer { folder.remove() }
        var registry = SchemaRegistry()
        registry.map(prefix: "https://schemas.example.com/units/", to: folder.file("units"))
        #expect(throws: SchemaCompileError.self) {
            try JSONSchemaCompiler(registry: registry).compile(["$ref": "https://schemas.example.com/units/../count.json"])
        }
    }

    @Test func anUnparsableRemoteIsAnError() throws {
        let folder = try schemaFolder()
        defer { folder.remove() }
        try folder.write("broken.json", "{ broken")
        var registry = SchemaRegistry()
        registry.map(prefix: "https://schemas.example.com/", to: folder.url)
        #expect {
            try JSONSchemaCompiler(registry: registry).compile(["$ref": "https://schemas.example.com/broken.json"])
        } throws: { error in
            (error as? SchemaCompileError)?.rule == .unreadableDocument
        }
    }
}
