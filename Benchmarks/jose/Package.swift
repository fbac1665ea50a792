// swift-tools-version:6.0
import PackageDescription

/// The JOSE benchmark: a release build of the Credentials module, apart from the main package's products.
let package = Package(
    name: "JOSEBenchmark",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "TextilePassport", path: "../..")],
    targets: [
        .executableTarget(
            name: "jose-benchmark",
            dependencies: [.product(name: "Credentials", package: "TextilePassport")],
            path: "Sources"
        )
    ],
    swiftLanguageModes: [.v6]
)
