// swift-tools-version:6.0
import PackageDescription

/// The QR benchmark: a release build of the Rendering module, apart from the main package's products.
let package = Package(
    name: "QRBenchmark",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "TextilePassport", path: "../..")],
    targets: [
        .executableTarget(
            name: "qr-benchmark",
            dependencies: [.product(name: "Rendering", package: "TextilePassport")],
            path: "Sources"
        ),
    ],
    swiftLanguageModes: [.v6]
)
