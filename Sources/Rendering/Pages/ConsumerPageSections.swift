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
                if components.count > 1 { page.raw(voice.term(.component, component.name ?? "", capitalized: true) + ": ") }
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
                let place = [
                    origin.district.map { HTMLWriter.phraseMarkup(t.template("soum"), ["name": voice.data($0)]) },
                    origin.region.map(voice.data),
                    origin.country.map { voice.term(.country, $0) },
                ].compactMap { $0 }
                let producer = origin.producerName.map { HTMLWriter.phraseMarkup(t.template("from"), ["producer": voice.data($0)]) }
                page.raw("<span> " + ([producer].compactMap { $0 } + place).joined(separator: ", ") + "</span>")
                if let date = origin.harvestDate, let method = origin.harvestMethod {
                    page.open("small")
                    let values = [
                        "method": voice.term(.harvestMethod, method, capitalized: true), "date": voice.date(date),
                        "lot": lotNumber(of: origin.lotID ?? "").markupEscaped,
                    ]
                    page.phrase(t.template("harvested"), values)
                    page.close("small")
                }
                if HerderEvidence.applies(to: origin) {
                    for line in HerderEvidence.lines(origin, voice: voice) { page.raw("<small>" + line + "</small>") }
                }
                page.close("li")
            }
            page.close("ul")
        }
    }

    /// The steps from herder to garment, with the fibre diameters measured on the way.
    static func journey(_ passport: Passport, voice: PageVoice, into page: inout HTMLWriter) {
        section(&page, voice.text("journey")) { page in
            page.open("ol", attributes: [("class", "journey")])
            for step in passport.journey {
                page.open("li")
                page.raw(voice.date(step.time ?? "") + " <strong>" + voice.term(.process, step.process ?? "", capitalized: true) + "</strong>")
                if let place = step.locationName ?? step.location { page.raw("<span> – " + voice.data(place) + "</span>") }
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
                let values = [
                    "holder": voice.data(passport.partyName(certificate.holder ?? "")),
                    "from": voice.date(certificate.validFrom?.description ?? ""), "until": voice.date(certificate.validUntil?.description ?? ""),
                ]
                page.phrase(t.template("heldBy"), values)
                page.close("small")
                page.close("li")
            }
            page.close("ul")
            if !passport.claims.isEmpty {
                page.element("h3", t("claims"))
                page.open("ul")
                for claim in passport.claims {
                    page.open("li")
                    page.raw(voice.data(claim.text ?? "") + " – ")
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
                page.raw("<td>" + voice.term(.property, test.property ?? "", capitalized: true))
                page.raw("<small>" + HTMLWriter.phraseMarkup(t.template("method"), ["method": voice.data(test.method ?? "")]) + "</small></td><td>")
                if test.unit == "%" {
                    page.text(test.result.map(voice.format.percent) ?? "")
                } else {
                    page.text(test.result.map(voice.format.number) ?? "")
                    if let unit = test.unit { page.raw("\u{00A0}" + voice.term(.unit, unit)) }
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
            let substances = (passport.product.substancesOfConcern ?? []).map {
                voice.data($0.name ?? "") + " (CAS \(($0.casNumber ?? "").markupEscaped), \(format.percent($0.concentrationPercent ?? 0)))"
            }
            page.raw(
                "<p>"
                    + (substances.isEmpty
                        ? t("noSubstances").markupEscaped : t("substances").markupEscaped + " " + substances.joined(separator: "; ")) + "</p>")
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

    private static func lotNumber(of lotID: String) -> String {
        guard let range = lotID.range(of: "/10/") else { return lotID }
        return String(lotID[range.upperBound...]).removingPercentEncodingSafely
    }
}
