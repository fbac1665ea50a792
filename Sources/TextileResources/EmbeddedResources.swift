/// The files of `Schemas/` and `Fixtures/demo/`, embedded in the binary so that `dpp` works
/// from any folder. A test proves each embedded copy equals its file.
public enum EmbeddedResources {
    /// The files of `Schemas/`, by file name.
    public static let schemas: [String: [UInt8]] = [
        "catalog.schema.json": PackageResources.catalog_schema_json,
        "fibre-names.json": PackageResources.fibre_names_json,
        "textile-passport.schema.json": PackageResources.textile_passport_schema_json,
        "textile-passport.context.jsonld": PackageResources.textile_passport_context_jsonld,
        "textile-passport-0.7.0.schema.json": PackageResources.textile_passport_0_7_0_schema_json,
        "textile-passport-0.7.0.context.jsonld": PackageResources.textile_passport_0_7_0_context_jsonld,
        "untp-dpp-envelope.schema.json": PackageResources.untp_dpp_envelope_schema_json,
        "untp-dpp-envelope-0.7.0.schema.json": PackageResources.untp_dpp_envelope_0_7_0_schema_json,
        "consumer-page-text.json": PackageResources.consumer_page_text_json,
        "facility-processes.json": PackageResources.facility_processes_json,
        "report-text.json": PackageResources.report_text_json,
    ]

    /// The validation profiles of `Schemas/profiles/`, by file name.
    public static let profiles: [String: [UInt8]] = [
        "eu-textile.json": PackageResources.eu_textile_json,
        "untp.json": PackageResources.untp_json,
        "us-cashmere.json": PackageResources.us_cashmere_json,
        "responsible-nomads.json": PackageResources.responsible_nomads_json,
    ]

    /// The demo inputs of `Fixtures/demo/`, by file name.
    public static let demoFixtures: [String: [UInt8]] = [
        "catalog.json": PackageResources.catalog_json,
        "events.jsonld": PackageResources.events_jsonld,
        "lender-criteria.json": PackageResources.lender_criteria_json,
    ]
}
