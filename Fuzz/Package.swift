// swift-tools-version:6.0
import PackageDescription

/// libFuzzer harnesses for every reader of untrusted input, built apart from the main package
/// with `-sanitize=fuzzer,address` (`make fuzz`): each is an executable that hands its input function to
/// libFuzzer's driver (`FuzzDriver`).
let harnesses: [(name: String, products: [String])] = [
    ("fuzz-json", ["JSONCore"]), ("fuzz-epcis-xml", ["Traceability"]), ("fuzz-epcis-json", ["Traceability"]),
    ("fuzz-digital-link", ["GS1"]), ("fuzz-schema", ["JSONSchema"]), ("fuzz-catalog", ["Passport"]), ("fuzz-xlsx", ["Spreadsheets"]),
    ("fuzz-jws", ["Credentials"]), ("fuzz-steps", ["Pipeline", "Spreadsheets"]),
]

let package = Package(
    name: "TextilePassportFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "TextilePassport", path: "..")],
    targets: [
        .systemLibrary(name: "CLibFuzzer"),
        .target(name: "FuzzDriver", dependencies: ["CLibFuzzer"]),
    ]
        + harnesses.map { harness in
            .executableTarget(
                name: harness.name,
                dependencies: ["FuzzDriver"] + harness.products.map { .product(name: $0, package: "TextilePassport") },
                path: "Sources/\(harness.name)")
        },
    swiftLanguageModes: [.v6]
)
