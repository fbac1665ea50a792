import Passport

/// The sections of the consumer page, each written in the page's voice.
enum ConsumerPageSections {
    /// The fibre composition of each component, with the component's name when there are several.
    static func composition(_ passport: Passport, voice: PageVoice, fibreNames: FibreNames, into page: inout HTMLWriter) {
        let components = passport.product.components
        section(&page, voice.text("composition")) { page in
            page.open("ul", attributes: [("class", "composition")])
            for component in components {
                page.open("li")
                if components.count > 1 {
                    voice.term(.component, component.name ?? "", capitalized: true, into: &page)
                    page.raw(": ")
                }
                let fibres = component.fibres.map {
                    "\(voice.format.percent($0.percent ?? 0)) \(fibreNames.label($0.fibre ?? "fibre", language: voice.text.language.code))"
                }
                page.text(fibres.joined(separator: ", "))
                page.close("li")
            }
            page.close("ul")
        }
    }

    /// Where the fibre comes from: the traced share, the chart, and each origin lot with its place and harvest.
    static func origins(_ passport: Passport, voice: PageVoice, fibreNames: FibreNames, into page: inout HTMLWriter) {
        let t = voice.text
        let code = t.language.code
        section(&page, t("origins")) { page in
            page.element("p", t("traced", ["share": voice.format.percent((passport.tracedMassFraction ?? 0) * 100)]))
            OriginsChart.write(passport.origins, voice: voice, into: &page)
            HerderEvidence.writeChart(passport.origins, voice: voice, into: &page)
            page.open("ul", attributes: [("class", "origins")])
            for origin in passport.origins {
                page.open("li")
                let share = (origin.massFraction ?? 0) * 100
                page.raw("<span class=\"bar\" style=\"width:\(cssNumber(share))%\"></span>")
                page.element("strong", "\(voice.format.percent(share)) \(fibreNames.label(origin.fibre ?? "fibre", language: code))")
                page.raw("<span> ")
                place(of: origin, voice: voice, into: &page)
                page.raw("</span>")
                if let date = origin.harvestDate, let method = origin.harvestMethod {
                    page.open("small")
                    page.phrase(t.template("harvested")) { name, page in
                        switch name {
                        case "method": voice.term(.harvestMethod, method, capitalized: true, into: &page)
                        case "date": voice.date(date, into: &page)
                        case "lot": page.text(lotNumber(of: origin.lotID ?? ""))
                        default: return false
                        }
                        return true
                    }
                    page.close("small")
                }
                if HerderEvidence.applies(to: origin) { HerderEvidence.writeLines(origin, voice: voice, into: &page) }
                page.close("li")
            }
            page.close("ul")
        }
    }

    /// Appends who and where an origin lot comes from: its producer, soum, aimag and country, those it names.
    private static func place(of origin: Passport.Origin, voice: PageVoice, into page: inout HTMLWriter) {
        let t = voice.text
        var separator = ""
        if let producer = origin.producerName {
            page.phrase(t.template("from")) { name, page in named(name, "producer", producer, voice: voice, into: &page) }
            separator = ", "
        }
        if let district = origin.district {
            page.raw(separator)
            page.phrase(t.template("soum")) { name, page in named(name, "name", district, voice: voice, into: &page) }
            separator = ", "
        }
        if let region = origin.region {
            page.raw(separator)
            voice.data(region, into: &page)
            separator = ", "
        }
        if let country = origin.country {
            page.raw(separator)
            voice.term(.country, country, into: &page)
        }
    }

    /// Writes catalogue text `value` for the placeholder `name` when it is `placeholder`; whether it did.
    private static func named(_ name: String, _ placeholder: String, _ value: String, voice: PageVoice, into page: inout HTMLWriter) -> Bool {
        guard name == placeholder else { return false }
        voice.data(value, into: &page)
        return true
    }

    /// The steps from herder to garment, with the fibre diameters measured on the way.
    static func journey(_ passport: Passport, voice: PageVoice, into page: inout HTMLWriter) {
        section(&page, voice.text("journey")) { page in
            page.open("ol", attributes: [("class", "journey")])
            for step in passport.journey {
                page.open("li")
                voice.date(step.time ?? "", into: &page)
                page.raw(" <strong>")
                voice.term(.process, step.process ?? "", capitalized: true, into: &page)
                page.raw("</strong>")
                if let place = step.locationName ?? step.location {
                    page.raw("<span> – ")
                    voice.data(place, into: &page)
                    page.raw("</span>")
                }
                for measurement in step.measurements where measurement.quantity == Passport.Measurement.fibreDiameter {
                    if let mean = measurement.meanValue {
                        let unit = measurement.unit == "4H" ? "\u{00A0}µm" : ""
                        page.element("small", "\(voice.text("meanDiameter")) \(voice.format.number(mean))\(unit)")
                    }
                }
                page.close("li")
            }
            page.close("ol")
        }
    }

    /// The certificates with their holders and validity, and the claims with their evidence counted.
    static func certificates(_ passport: Passport, voice: PageVoice, into page: inout HTMLWriter) {
        let t = voice.text
        section(&page, t("certificates")) { page in
            page.open("ul")
            for certificate in passport.certificates {
                page.open("li")
                page.element(
                    "a", "\(certificate.scheme ?? "") \(certificate.number ?? "")",
                    attributes: [("href", certificate.id ?? "")] + voice.dataAttributes)
                page.open("small")
                page.phrase(t.template("heldBy")) { name, page in
                    switch name {
                    case "holder": voice.data(passport.partyName(certificate.holder ?? ""), into: &page)
                    case "from": voice.date(certificate.validFrom?.description ?? "", into: &page)
                    case "until": voice.date(certificate.validUntil?.description ?? "", into: &page)
                    default: return false
                    }
                    return true
                }
                page.close("small")
                page.close("li")
            }
            page.close("ul")
            if !passport.claims.isEmpty {
                page.element("h3", t("claims"))
                page.open("ul")
                for claim in passport.claims {
                    page.open("li")
                    voice.data(claim.text ?? "", into: &page)
                    page.raw(" – ")
                    page.text(claim.evidence.isEmpty ? t("noEvidence") : t.plural("certificateCount", count: claim.evidence.count))
                    page.close("li")
                }
                page.close("ul")
            }
        }
    }

    /// The durability tests: each property with its test method below it, and the result with its unit.
    static func durability(_ product: Passport.Product, voice: PageVoice, into page: inout HTMLWriter) {
        let t = voice.text
        section(&page, t("durability")) { page in
            page.open("table")
            page.open("tr")
            for heading in ["property", "result"] { page.element("th", t(heading)) }
            page.close("tr")
            for test in product.durability {
                page.open("tr")
                page.raw("<td>")
                voice.term(.property, test.property ?? "", capitalized: true, into: &page)
                page.raw("<small>")
                page.phrase(t.template("method")) { name, page in named(name, "method", test.method ?? "", voice: voice, into: &page) }
                page.raw("</small></td><td>")
                if test.unit == "%" {
                    page.text(test.result.map(voice.format.percent) ?? "")
                } else {
                    page.text(test.result.map(voice.format.number) ?? "")
                    if let unit = test.unit {
                        page.raw("\u{00A0}")
                        voice.term(.unit, unit, into: &page)
                    }
                }
                page.raw("</td>")
                page.close("tr")
            }
            page.close("table")
        }
    }

    /// The care instructions and the repair information, translated when the catalogue translates them.
    static func care(_ product: Passport.Product, translation: ProductTranslation?, voice: PageVoice, into page: inout HTMLWriter) {
        let t = voice.text
        section(&page, t("care")) { page in
            page.open("dl", attributes: [("class", "stacked")])
            let rows: [(String, String?, String?)] = [
                ("washing", translation?.washing, product.care?.washing), ("bleaching", translation?.bleaching, product.care?.bleaching),
                ("drying", translation?.drying, product.care?.drying), ("ironing", translation?.ironing, product.care?.ironing),
                ("professionalCleaning", translation?.professionalCleaning, product.care?.professionalCleaning),
            ]
            for (key, translated, original) in rows {
                let text = voice.product(translated, original)
                page.row(t(key), text.text, valueAttributes: text.attributes)
            }
            page.close("dl")
            if let repair = product.repair {
                page.element("h3", t("repair"))
                let text = voice.product(translation?.repairInstructions, repair.instructions)
                page.element("p", text.text, attributes: text.attributes)
                if let url = repair.url { page.link(t("repairService"), to: url) }
            }
        }
    }

    /// Recyclability, recycled content, substances of concern and the take-back programme.
    static func endOfLife(_ passport: Passport, voice: PageVoice, into page: inout HTMLWriter) {
        let t = voice.text
        let format = voice.format
        section(&page, t("endOfLife")) { page in
            let circularity = passport.circularity
            let recyclable = t("recyclable", ["share": format.percent((circularity.recyclableContent ?? 0) * 100)])
            page.element("p", circularity.recyclable == true ? recyclable : t("notRecyclable"))
            page.element("p", circularity.recyclingInstructions ?? "", attributes: voice.dataAttributes)
            page.element("p", t("recycledContent", ["share": format.percent(passport.product.recycledContentPercent ?? 0)]))
            let substances = passport.product.substancesOfConcern ?? []
            page.open("p")
            if substances.isEmpty {
                page.text(t("noSubstances"))
            } else {
                page.text(t("substances") + " ")
                page.list(substances, separator: "; ") { substance, page in
                    voice.data(substance.name ?? "", into: &page)
                    page.text(" (CAS \(substance.casNumber ?? ""), \(format.percent(substance.concentrationPercent ?? 0)))")
                }
            }
            page.close("p")
            if let url = circularity.recyclingInformation?.url { page.link(t("takeBack"), to: url) }
        }
    }

    private static func section(_ page: inout HTMLWriter, _ title: String, _ body: (inout HTMLWriter) -> Void) {
        page.open("section")
        page.element("h2", title)
        body(&page)
        page.close("section")
    }

    /// A number for CSS: at most one decimal, a full stop, without a trailing `.0`.
    static func cssNumber(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }

    /// The lot number of an origin lot's Digital Link: what follows its first `/10/`, percent
    /// escapes decoded; the identifier itself when it has none. Found byte by byte: the string
    /// searches of Foundation and of the standard library cost 10,000 to 40,000 instructions a call.
    private static func lotNumber(of lotID: String) -> String {
        let bytes = Array(lotID.utf8)
        let marker = Array("/10/".utf8)
        guard bytes.count >= marker.count,
            let start = (0...(bytes.count - marker.count)).first(where: { bytes[$0..<$0 + marker.count].elementsEqual(marker) })
        else { return lotID }
        return String(decoding: bytes[(start + marker.count)...], as: UTF8.self).removingPercentEncodingSafely
    }
}
