import Passport

/// The consumer page of one passport in one language: static HTML with inline CSS, no scripts
/// and no outside assets, readable on a phone.
///
/// The page's own text and the fibre names are translated; product data (names, descriptions,
/// care text) is shown as the passport gives it. Any passport renders, a decoded one too: what it
/// lacks is left blank.
public enum ConsumerPage {
    /// The page for `passport`, published as a document of `version`, in `language`, whose QR code
    /// image is `qr.svg` beside it; when the passport is signed, its signed form `passport.jwt` is
    /// beside it too, and `didDocumentURL` is where the issuer's public keys are published.
    public static func html(
        for passport: Passport, writtenIn version: UNTPVersion, language: PageText.Language = PageText.languages[0],
        fibreNames: FibreNames = .standard, didDocumentURL: String? = nil
    ) -> String {
        let product = passport.product
        let t = PageText(language)
        let code = language.code
        var page = HTMLWriter()
        page.raw("<!DOCTYPE html>\n<html lang=\"")
        page.text(code)
        page.raw("\"><head><meta charset=\"utf-8\">")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.element("title", "\(product.name ?? "") – \(t("lot")) \(passport.lot ?? "") – \(t("pageTitle"))")
        page.raw("<style>" + PageStyle.css + "</style></head><body><main>")

        page.open("nav", attributes: [("aria-label", t("languages"))])
        for other in PageText.languages {
            if other == language {
                page.element("strong", other.name, attributes: [("lang", other.code)])
            } else {
                page.element("a", other.name, attributes: [("href", PageText.pageName(other)), ("lang", other.code), ("hreflang", other.code)])
            }
        }
        page.close("nav")

        page.open("header")
        page.element("p", t("pageTitle"), attributes: [("class", "kicker")])
        page.element("h1", product.name ?? "")
        page.element("p", product.description ?? "")
        page.open("dl")
        page.row(t("madeBy"), product.manufacturer.flatMap { $0.name ?? $0.id } ?? "")
        page.row(t("madeIn"), [product.facility?.name, product.facility?.address].compactMap { $0 }.joined(separator: ", "))
        page.row(t("productionDate"), product.productionDate ?? "")
        page.row(t("lot"), passport.lot ?? "")
        page.row("GTIN", product.registeredID ?? "")
        page.close("dl")
        page.raw("<img class=\"qr\" src=\"qr.svg\" width=\"132\" height=\"132\" alt=\"")
        page.text(t("qrCodeOf") + " " + (passport.link ?? ""))
        page.raw("\">")
        page.close("header")

        section(&page, t("composition")) { page in
            page.open("ul", attributes: [("class", "composition")])
            for component in product.components {
                let fibres = component.fibres.map { "\(formatted($0.percent ?? 0))% \(fibreNames.label($0.fibre ?? "fibre", language: code))" }
                let label = product.components.count > 1 ? "\((component.name ?? "").capitalizedFirst): " : ""
                page.element("li", label + fibres.joined(separator: ", "))
            }
            page.close("ul")
        }

        section(&page, t("origins")) { page in
            page.element("p", t("traced", ["share": formatted((passport.tracedMassFraction ?? 0) * 100)]))
            page.open("ul", attributes: [("class", "origins")])
            for origin in passport.origins {
                page.open("li")
                let share = formatted((origin.massFraction ?? 0) * 100)
                page.raw("<span class=\"bar\" style=\"width:\(share)%\"></span>")
                page.element("strong", "\(share)% \(fibreNames.label(origin.fibre ?? "fibre", language: code))")
                let place = [origin.district.map { "\($0) soum" }, origin.region, origin.country.map(countryName)]
                    .compactMap { $0 }.joined(separator: ", ")
                page.element(
                    "span", " \(t("from")) " + [origin.producerName, place].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", "))
                if let date = origin.harvestDate, let method = origin.harvestMethod {
                    page.element("small", "\(method.capitalizedFirst) \(date), lot \(lotNumber(of: origin.lotID ?? ""))")
                }
                page.close("li")
            }
            page.close("ul")
        }

        section(&page, t("journey")) { page in
            page.open("ol", attributes: [("class", "journey")])
            for step in passport.journey {
                page.open("li")
                page.element("time", String((step.time ?? "").prefix(10)))
                page.element("strong", " " + (step.process ?? "").capitalizedFirst)
                if let place = step.locationName ?? step.location { page.element("span", " – " + place) }
                for measurement in step.measurements where measurement.quantity == Passport.Measurement.fibreDiameter {
                    if let mean = measurement.meanValue {
                        let unit = measurement.unit == "4H" ? " µm" : ""
                        page.element("small", "\(t("meanDiameter")) \(formatted(mean))\(unit)")
                    }
                }
                page.close("li")
            }
            page.close("ol")
        }

        section(&page, t("certificates")) { page in
            page.open("ul")
            for certificate in passport.certificates {
                page.open("li")
                page.link("\(certificate.scheme ?? "") \(certificate.number ?? "")", to: certificate.id ?? "")
                let holder = passport.partyName(certificate.holder ?? "")
                let from = certificate.validFrom?.description ?? "", until = certificate.validUntil?.description ?? ""
                page.element("small", t("heldBy", ["holder": holder, "from": from, "until": until]))
                page.close("li")
            }
            page.close("ul")
            if !passport.claims.isEmpty {
                page.element("h3", t("claims"))
                page.open("ul")
                for claim in passport.claims {
                    page.open("li")
                    page.text((claim.text ?? "") + " – ")
                    page.text(claim.evidence.isEmpty ? t("noEvidence") : t("certificateCount", ["count": String(claim.evidence.count)]))
                    page.close("li")
                }
                page.close("ul")
            }
        }

        section(&page, t("durability")) { page in
            page.open("table")
            page.open("tr")
            for heading in ["property", "result", "method"] { page.element("th", t(heading)) }
            page.close("tr")
            for test in product.durability {
                page.open("tr")
                page.element("td", (test.property ?? "").capitalizedFirst)
                page.element("td", (test.result.map(formatted) ?? "") + (test.unit.map { " " + $0 } ?? ""))
                page.element("td", test.method ?? "")
                page.close("tr")
            }
            page.close("table")
        }

        section(&page, t("care")) { page in
            page.open("dl")
            page.row(t("washing"), product.care?.washing ?? "")
            page.row(t("bleaching"), product.care?.bleaching ?? "")
            page.row(t("drying"), product.care?.drying ?? "")
            page.row(t("ironing"), product.care?.ironing ?? "")
            page.row(t("professionalCleaning"), product.care?.professionalCleaning ?? "")
            page.close("dl")
            if let repair = product.repair {
                page.element("h3", t("repair"))
                page.element("p", repair.instructions ?? "")
                if let url = repair.url { page.link(t("repairService"), to: url) }
            }
        }

        section(&page, t("endOfLife")) { page in
            let circularity = passport.circularity
            let recyclable = t("recyclable", ["share": formatted((circularity.recyclableContent ?? 0) * 100)])
            page.element("p", circularity.recyclable == true ? recyclable : t("notRecyclable"))
            page.element("p", circularity.recyclingInstructions ?? "")
            page.element("p", t("recycledContent", ["share": formatted(product.recycledContentPercent ?? 0)]))
            let substances = (product.substancesOfConcern ?? []).map {
                "\($0.name ?? "") (CAS \($0.casNumber ?? ""), \(formatted($0.concentrationPercent ?? 0))%)"
            }
            page.element("p", substances.isEmpty ? t("noSubstances") : t("substances") + " " + substances.joined(separator: "; "))
            if let url = circularity.recyclingInformation?.url { page.link(t("takeBack"), to: url) }
        }

        page.open("footer")
        page.text(t("machineReadable") + " ")
        page.link("passport.jsonld", to: "passport.jsonld")
        page.text(
            " (W3C Verifiable Credential, UNTP Digital Product Passport \(version.rawValue)). "
                + t("issuedBy", ["issuer": passport.issuer.name ?? ""])
                + " ")
        page.text(passport.link ?? "")
        if let didDocumentURL {
            page.open("p", attributes: [("class", "signature")])
            let values = ["issuer": passport.issuer.name ?? "", "did": passport.issuer.id ?? "", "didDocument": didDocumentURL]
            page.text(t("signedBy", values) + " ")
            page.link("passport.jwt", to: "passport.jwt")
            page.close("p")
        }
        page.close("footer")
        page.raw("</main></body></html>\n")
        return page.html
    }

    private static func section(_ page: inout HTMLWriter, _ title: String, _ body: (inout HTMLWriter) -> Void) {
        page.open("section")
        page.element("h2", title)
        body(&page)
        page.close("section")
    }

    /// A number with at most one decimal, without a trailing `.0`.
    static func formatted(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }

    private static func lotNumber(of lotID: String) -> String {
        guard let range = lotID.range(of: "/10/") else { return lotID }
        return String(lotID[range.upperBound...]).removingPercentEncodingSafely
    }

    private static func countryName(_ code: String) -> String {
        ["MN": "Mongolia", "CN": "China", "DE": "Germany"][code] ?? code
    }
}

extension Passport {
    /// The name of the party `id` as the catalogue knows it, or the id itself.
    func partyName(_ id: String) -> String {
        origins.first { $0.producer == id }?.producerName ?? (product.manufacturer?.id == id ? product.manufacturer?.name : nil) ?? id
    }
}

extension String {
    /// The string with percent escapes decoded, or unchanged when they are malformed.
    var removingPercentEncodingSafely: String {
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            else { return self }
            bytes.append(value)
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}
