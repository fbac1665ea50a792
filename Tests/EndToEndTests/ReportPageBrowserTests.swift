import Foundation
import TestSupport
import Testing

/// The demo's evidence report page, in English and Mongolian, as a browser and the outside
/// checkers see it: a headless Chromium screenshot, the Nu HTML Checker and axe-core (see
/// `Support/page_checks.py`).
@Suite struct ReportPageBrowserTests {
    static let script = ConsumerPageBrowserTests.script

    /// The report of the demo fixtures written in `folder`, in each of its languages.
    static func reportPages(_ folder: TemporaryFolder) throws -> [String] {
        try ["en", "mn"].map { language in
            let result = try DPPProcess.run([
                "report", "--catalog", DemoFixtures.file("catalog.json").path, "--events", DemoFixtures.file("events.jsonld").path,
                "--out", folder.path(language), "--criteria", DemoFixtures.file("lender-criteria.json").path, "--language", language,
            ])
            try #require(result.status == 0, "\(result.stderr)")
            return folder.path("\(language)/report.html")
        }
    }

    @Test(.requiring(tool: "chromium", debianPackage: "chromium"))
    func headlessChromiumScreenshotsTheReportWithItsFourCharts() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let keep = ProcessInfo.processInfo.environment["DPP_KEEP_SCREENSHOTS"]
        for page in try Self.reportPages(folder) {
            let html = try String(contentsOfFile: page, encoding: .utf8)
            // The four charts, each an SVG image named by its caption and described by its table.
            for chart in ["fibre-chart", "certified-chart", "emissions-chart", "calendar-chart"] {
                #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"") && html.contains("aria-labelledby=\"\(chart)-title\""), "\(chart)")
                #expect(html.contains("<table id=\"\(chart)-table\">"), "\(chart)")
            }
            let image = page + ".png"
            let result = try OutsideTool.run(
                "chromium",
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--screenshot=\(image)", "--window-size=900,3000",
                    URL(fileURLWithPath: page).absoluteString,
                ])
            #expect(result.status == 0, "\(result.stderr)")
            let png = try Data(contentsOf: URL(fileURLWithPath: image))
            #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            let size = [16, 20].map { offset in png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
            #expect(size == [900, 3000])
            if let keep {
                try? png.write(
                    to: URL(fileURLWithPath: keep).appendingPathComponent(
                        URL(fileURLWithPath: page).deletingLastPathComponent().lastPathComponent + "-report.png"))
            }
        }
    }

    @Test(.enabled(if: ConsumerPageBrowserTests.checkersInstalled, Comment(rawValue: ConsumerPageBrowserTests.checkersMissing)))
    func theNuHTMLCheckerFindsNoErrorInTheReport() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try OutsideTool.run("python3", [Self.script, "vnu"] + Self.reportPages(folder))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("2 pages checked by the Nu HTML Checker, 0 errors"))
    }

    @Test(.enabled(if: ConsumerPageBrowserTests.checkersInstalled, Comment(rawValue: ConsumerPageBrowserTests.checkersMissing)))
    func axeCoreFindsNoViolationInTheReport() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try OutsideTool.run("python3", [Self.script, "axe"] + Self.reportPages(folder))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("2 pages checked by axe-core, 0 violations"))
    }
}
