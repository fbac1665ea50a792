// swift-tools-version:6.0
import PackageDescription

/// The spreadsheet reading benchmark: a release build of the Spreadsheets module, apart from the main package's products.
let package = Package(
    name: "SheetsBenchmark",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "TextilePassport", path: "../..")],
    targets: [
        .executableTarget(
            name: "sheets-benchmark",
            dependencies: [.product(name: "Spreadsheets", package: "TextilePassport")],
            path: "Sources"
        )
    ],
    swiftLanguageModes: [.v6]
)
