import Passport

/// What a consumer page says of the product's greenhouse-gas footprint: the figure per item and
/// per kg, what it rests on (declared or computed, how much of the fibre the herder groups' own
/// data cover) and what it leaves out, with a table of its stages; "not declared" when the
/// passport carries no footprint, never a zero.
enum FootprintSection {
    /// Appends the section for `passport`.
    static func write(_ passport: Passport, voice: PageVoice, into page: inout HTMLWriter) {
        let t = voice.text
        page.open("section")
        page.element("h2", t("climate"))
        if let footprint = passport.footprint, let perItem = footprint.carbonFootprint {
            summary(footprint, perItem: perItem, voice: voice, into: &page)
            if !footprint.stages.isEmpty { table(footprint.stages, voice: voice, into: &page) }
        } else {
            page.element("p", t("footprintNotDeclared"))
        }
        page.close("section")
    }

    /// The figures and their data quality, a paragraph each; what a passport written by another
    /// tool does not state is left out, never shown as zero.
    private static func summary(_ footprint: Passport.Footprint, perItem: Double, voice: PageVoice, into page: inout HTMLWriter) {
        let t = voice.text
        var figures =
            footprint.isPerKilogram
            ? t("footprintPerKilogram", ["value": kilograms(perItem, voice: voice)])
            : t("footprintPerItem", ["value": kilograms(perItem, voice: voice)])
        if let perKilogram = footprint.perKilogram, !footprint.isPerKilogram {
            figures += "; " + t("footprintPerKilogram", ["value": kilograms(perKilogram, voice: voice)])
        }
        page.element("p", figures, attributes: [("class", "footprint")])
        if let declared = footprint.declaredEmissions, let computed = footprint.computedEmissions {
            let values = ["declared": kilograms(declared, voice: voice), "computed": kilograms(computed, voice: voice)]
            page.element("p", t("footprintSources", values))
        }
        if let ratio = footprint.herderDataShare {
            var coverage = t("primaryData", ["share": voice.format.percent(ratio * 100)])
            if ratio < 1 { coverage += " " + t("primaryDataGap") }
            page.element("p", coverage)
        }
        let undeclared = footprint.undeclaredSteps
        if !undeclared.isEmpty {
            page.open("p")
            page.phrase(t.template("undeclaredSteps")) { name, page in
                guard name == "steps" else { return false }
                page.list(undeclared, separator: "; ") { step, page in
                    let said = [step.facilityName ?? step.facility ?? "", step.year.map { String(Int($0)) } ?? ""].filter { !$0.isEmpty }
                    // A step whose process is unknown is named by its place and year alone.
                    guard let stage = step.stage else {
                        page.list(said, separator: ", ") { text, page in voice.data(text, into: &page) }
                        return
                    }
                    voice.term(.process, stage, capitalized: true, into: &page)
                    page.raw(" (")
                    page.list(said, separator: ", ") { text, page in voice.data(text, into: &page) }
                    page.raw(")")
                }
                return true
            }
            page.close("p")
        }
    }

    /// The stages: what, where, which year, kg CO2e per item, declared or computed, and the method.
    private static func table(_ stages: [Passport.FootprintStage], voice: PageVoice, into page: inout HTMLWriter) {
        let t = voice.text
        page.open("details")
        page.element("summary", t("footprintTable"))
        page.open("table", attributes: [("class", "footprint-stages")])
        page.open("tr")
        for heading in ["stage", "where", "year", "perItem", "figure", "emissionsMethod"] {
            page.element("th", t(heading), attributes: [("scope", "col")])
        }
        page.close("tr")
        for stage in stages {
            page.open("tr")
            page.open("th", attributes: [("scope", "row")])
            voice.term(.process, stage.stage ?? "", capitalized: true, into: &page)
            page.close("th")
            page.element("td", stage.facilityName ?? stage.facility ?? "", attributes: voice.dataAttributes)
            page.element("td", stage.year.map { String(Int($0)) } ?? "")
            page.element("td", kilograms(stage.emissions ?? 0, voice: voice))
            page.element("td", t(stage.intensityDeclared == false ? "computed" : "declared"))
            page.element("td", stage.method ?? "", attributes: voice.dataAttributes)
            page.close("tr")
        }
        page.close("table")
        page.close("details")
    }

    /// A mass of CO2e as the page's language writes numbers; a positive one too small to show in
    /// tenths is "< 0.1", never 0.
    static func kilograms(_ value: Double, voice: PageVoice) -> String {
        value > 0 && value < 0.05 ? "< " + voice.format.number(0.1) : voice.format.number(value)
    }
}
