import Foundation
import TestSupport
import Testing

@testable import Passport
@testable import Rendering

/// A label in the languages whose names are only partly known (`Schemas/fibre-names.json`,
/// `sources.es`, `sources.pl`, `sources.nl`): the demo sweater made of wool is drawn in Dutch,
/// Spanish and Polish, and its PDF gives the composition back to `pdftotext`.
@Suite struct LabelNewLanguageTests {
    /// The demo sweater's passport with its one component of 100% wool.
    static let woolSweater: Passport = {
        var passport = ConsumerPageTests.demoSweater
        passport.product.components[0].fibres = [.init(fibre: "wool", percent: 100)]
        passport.product.labelText = "100% wool"
        return passport
    }()

    // Wool in the Dutch, Spanish and Polish columns of the Händlerbund table of `sources.nl`,
    // `sources.es` and `sources.pl` (wol, Lana, wełna), written here by hand.
    @Test(.requiring(tool: "pdftotext", debianPackage: "poppler-utils"))
    func aWoolLabelInDutchSpanishAndPolishGivesItsComposition() throws {
        let content = try LabelContent(passport: Self.woolSweater, languages: ["nl", "es", "pl"])
        let layout = try LabelLayout(content, kind: .careLabel, size: LabelSize(width: 30, height: 200))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("label.pdf", bytes: try layout.pdf())
        let text = try OutsideTool.run("pdftotext", ["-raw", file, "-"])
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        for composition in ["100% wol", "100% lana", "100% wełna"] { #expect(lines.contains(composition), "\(lines)") }
    }

    /// The demo's cashmere has no Dutch name in any source found, so its label is refused.
    @Test func theDemoSweaterInDutchIsRefusedForItsCashmere() {
        #expect(throws: LabelContentError.composition(.noNames(language: "nl", fibres: ["cashmere"]))) {
            try LabelContent(passport: ConsumerPageTests.demoSweater, languages: ["en", "nl"])
        }
    }
}
