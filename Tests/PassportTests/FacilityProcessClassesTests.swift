import Passport
import Testing

/// A facility's ISIC Rev.4 classes, by its process or by the fibres harvested there.
@Suite struct FacilityProcessClassesTests {
    static let classes = FacilityProcessClasses.standard

    @Test(
        arguments: [
            ("dehairing", [], ["1311"]), ("scouring and combing", [], ["1311"]), ("spinning", [], ["1311"]), ("weaving", ["silk"], ["1312"]),
            ("knitting", [], ["1430"]),
            // Where fibre is harvested, one class per animal: goats and sheep share one.
            ("herding", ["cashmere", "wool"], ["0144"]), ("herding", ["yak"], ["0141"]), ("herding", ["camel", "cashmere"], ["0143", "0144"]),
            // Nothing is guessed: an unknown process, a harvest with no fibre the file classes, a herding place without lots.
            ("felting", [], []), ("herding", ["silk", "unknown"], []), ("herding", [], []),
        ] as [(String, [String], [String])])
    func aProcessGetsItsClasses(process: String, fibres: [String], codes: [String]) {
        #expect(Self.classes.classes(process: process, fibres: fibres).map(\.code) == codes)
    }

    @Test func aPlaceTheCatalogueDoesNotListIsClassedByItsFibres() {
        let classes = Self.classes.classes(process: nil, fibres: ["yak"])
        #expect(classes.map(\.name) == ["Raising of cattle and buffaloes"])
        #expect(classes.first?.schemeID == "https://unstats.un.org/unsd/classifications/Econ/isic")
    }
}
