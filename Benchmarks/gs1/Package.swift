// swift-tools-version:6.0
import PackageDescription

/// The Digital Link benchmark: a release build of the GS1 module, apart from the main package's products.
let package = Package(
    name: "GS1Benchmark",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "TextilePassport", path: "../..")],
    targets: [
        .executableTarget(
            name: "gs1-benchmark",
            dependencies: [.product(name: "GS1", package: "TextilePassport")],
            path: "Sources"
        )
    ],
    swiftLanguageModes: [.v6]
)
