/// The files of `Schemas/` and `Fixtures/demo/`, embedded in the binary so that `dpp` works
/// from any folder. A test proves each embedded copy equals its file.
public enum EmbeddedResources {
    /// The files of `Schemas/`, by file name.
    public static let schemas: [String: [UInt8]] = [
        "catalog.schema.json": PackageResources.catalog_schema_json,
        "fibre-names.json": PackageResources.fibre_names_json,
        "textile-passport.schema.json": PackageResources.textile_passport_schema_json,
        "textile-passport.context.jsonld": PackageResources.textile_passport_context_jsonld,
    ]

    /// The demo inputs of `Fixtures/demo/`, by file name.
    public static let demoFixtures: [String: [UInt8]] = [
        "catalog.json": PackageResources.catalog_json,
        "events.jsonld": PackageResources.events_jsonld,
    ]
}
