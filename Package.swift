// swift-tools-version:6.0
import PackageDescription

/// TextilePassport: EU Digital Product Passports for textiles, with no package dependencies.
let package = Package(
    name: "TextilePassport",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dpp", targets: ["dpp"]),
        .library(name: "Passport", targets: ["Passport"]),
        .library(name: "Rendering", targets: ["Rendering"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
        .library(name: "Credentials", targets: ["Credentials"]),
        // For the fuzzing harnesses (Fuzz/), which reach the readers directly.
        .library(name: "JSONCore", targets: ["JSONCore"]),
        .library(name: "JSONSchema", targets: ["JSONSchema"]),
        .library(name: "GS1", targets: ["GS1"]),
        .library(name: "Traceability", targets: ["Traceability"]),
        .library(name: "Spreadsheets", targets: ["Spreadsheets"]),
    ],
    targets: [
        // System libraries: module map and shim header only.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),

        .target(name: "Diagnostics", dependencies: ["JSONCore"]),
        .target(name: "JSONCore"),
        .target(name: "JSONSchema", dependencies: ["JSONCore", "Diagnostics"]),
        .target(name: "GS1", dependencies: ["Diagnostics"]),
        // Spreadsheets: zip containers (zlib), XLSX workbooks (libxml2) and CSV files, read within limits.
        .target(name: "CivilCalendar"),
        .target(name: "Spreadsheets", dependencies: ["Diagnostics", "CivilCalendar", "CZlib", "CLibXML2"]),
        // The catalogue as a workbook or a folder of CSV files: the layout, tables to catalogue JSON and back.
        .target(name: "CatalogTables", dependencies: ["Diagnostics", "JSONCore", "Spreadsheets", "TextileResources"]),
        // Bytes kept in an unlinked temporary file: the events of a trace graph, the manifest of a site.
        .target(name: "Spooling"),
        .target(name: "Traceability", dependencies: ["Diagnostics", "CivilCalendar", "JSONCore", "GS1", "CLibXML2", "Spooling"]),
        // Schemas/ and Fixtures/demo/ (through symlinks), embedded so that the binary works from any folder.
        .target(
            name: "TextileResources",
            resources: [.embedInCode("Schemas"), .embedInCode("DemoFixtures")]
        ),
        // Signed credentials: JWS (VC-JOSE), keys, did:web documents, Bitstring Status Lists.
        .target(name: "Credentials", dependencies: ["Diagnostics", "JSONCore", "CCrypto", "CZlib"]),
        .target(name: "Passport", dependencies: ["Diagnostics", "JSONCore", "JSONSchema", "GS1", "Spooling", "Traceability", "TextileResources"]),
        .target(name: "Rendering", dependencies: ["Passport", "JSONCore", "GS1", "Spooling", "TextileResources", "CQREncode", "CZlib"]),
        // The library entry point: the stages of every command run in order, with their policies.
        .target(
            name: "Pipeline",
            dependencies: [
                "Diagnostics", "JSONCore", "JSONSchema", "GS1", "Traceability", "Credentials", "Passport", "Rendering", "TextileResources",
                "Spreadsheets", "CatalogTables", "Spooling",
            ]
        ),
        .executableTarget(
            name: "dpp",
            dependencies: ["Diagnostics", "JSONCore", "GS1", "Traceability", "Credentials", "Passport", "Rendering", "Pipeline", "CatalogTables"]
        ),

        // Helpers shared by the test targets: package folders, temporary folders, child processes, expected files.
        .target(name: "TestSupport", dependencies: ["JSONCore"], path: "Tests/TestSupport"),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport"]),
        // The Python peers (joserfc, jwcrypto) are run by path, not built.
        .testTarget(
            name: "CredentialsTests", dependencies: ["Credentials", "JSONCore", "Diagnostics", "TestSupport"], exclude: ["Support/jose_peers.py"]
        ),
        .testTarget(name: "JSONCoreTests", dependencies: ["JSONCore", "TestSupport"]),
        .testTarget(name: "SpoolingTests", dependencies: ["Spooling", "TestSupport"]),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema", "JSONCore", "TestSupport"]),
        .testTarget(
            name: "RenderingTests",
            dependencies: ["Rendering", "Passport", "JSONCore", "TextileResources", "Traceability", "Spooling", "TestSupport"],
            exclude: ["Support/font_checks.py"]),
        .testTarget(name: "TraceabilityTests", dependencies: ["Traceability", "JSONCore", "GS1", "Diagnostics", "Spooling", "TestSupport"]),
        .testTarget(
            name: "PassportTests",
            dependencies: ["Passport", "Diagnostics", "JSONCore", "JSONSchema", "GS1", "Spooling", "Traceability", "TextileResources", "TestSupport"]
        ),
        // The Python outside checks, signature checks and peer issuer are run by path, not built.
        .testTarget(
            name: "EndToEndTests", dependencies: ["JSONCore", "TestSupport"],
            exclude: [
                "Support/outside_checks.py", "Support/signature_checks.py", "Support/peer_issuer.py", "Support/facility_record_checks.py",
                "Support/resolver_checks.py",
                "Support/label_checks.py", "Support/page_checks.py",
            ]),
        // The Python writer of the test workbooks and archives is run by path, not built.
        .testTarget(
            name: "SpreadsheetsTests", dependencies: ["Spreadsheets", "Diagnostics", "TestSupport"],
            exclude: ["Support/write_workbooks.py", "Support/dump_workbook.py"]),
        .testTarget(name: "CatalogTablesTests", dependencies: ["CatalogTables", "Spreadsheets", "JSONCore", "Diagnostics", "TestSupport"]),
        .testTarget(name: "GS1Tests", dependencies: ["GS1", "TestSupport"]),
        // The Python writer of the catalogue workbooks and CSV folders is run by path, not built.
        .testTarget(
            name: "PipelineTests",
            dependencies: [
                "Pipeline", "Passport", "Diagnostics", "Traceability", "Credentials", "Rendering", "JSONCore", "GS1", "JSONSchema", "TestSupport",
                "Spreadsheets", "CatalogTables", "Spooling",
            ],
            exclude: ["Support/write_catalogue.py"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
