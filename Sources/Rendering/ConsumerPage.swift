import Passport

/// The consumer page of one passport: static HTML with inline CSS, no scripts and no outside
/// assets, readable on a phone.
public enum ConsumerPage {
    /// The page for `passport`, whose QR code image is `qr.svg` beside it.
    public static func html(for passport: Passport, fibreNames: FibreNames = .standard) -> String {
        let product = passport.product
        var page = HTMLWriter()
        page.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.element("title", "\(product.name) – lot \(passport.lot) – Digital Product Passport")
        page.raw("<style>" + PageStyle.css + "</style></head><body><main>")

        page.open("header")
        page.element("p", "Digital Product Passport", attributes: [("class", "kicker")])
        page.element("h1", product.name)
        page.element("p", product.description)
        page.open("dl")
        page.row("Made by", passport.manufacturer?.name ?? product.manufacturer)
        page.row("Made in", [passport.facility?.name, passport.facility?.address].compactMap { $0 }.joined(separator: ", "))
        page.row("Production date", passport.productionDate)
        page.row("Lot", passport.lot)
        page.row("GTIN", product.gtin)
        page.close("dl")
        page.raw("<img class=\"qr\" src=\"qr.svg\" width=\"132\" height=\"132\" alt=\"")
        page.text("QR code of " + passport.link)
        page.raw("\">")
        page.close("header")

        section(&page, "Composition") { page in
            page.open("ul", attributes: [("class", "composition")])
            for component in product.components {
                let fibres = component.fibres.map { "\(formatted($0.percent))% \(fibreNames.label($0.fibre))" }
                let label = product.components.count > 1 ? "\(component.name.capitalizedFirst): " : ""
                page.element("li", label + fibres.joined(separator: ", "))
            }
            page.close("ul")
        }

        section(&page, "Where the fibre comes from") { page in
            page.element("p", "\(formatted(passport.tracedMassFraction * 100))% of the fibre is traced to the lots below.")
            page.open("ul", attributes: [("class", "origins")])
            for origin in passport.origins {
                page.open("li")
                let share = formatted(origin.massFraction * 100)
                page.raw("<span class=\"bar\" style=\"width:\(share)%\"></span>")
                page.element("strong", "\(share)% \(fibreNames.label(origin.fibre ?? "fibre"))")
                let place = [origin.district.map { "\($0) soum" }, origin.region, origin.country.map(countryName)]
                    .compactMap { $0 }.joined(separator: ", ")
                page.element("span", " from " + [origin.producerName, place].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", "))
                if let date = origin.harvestDate, let method = origin.harvestMethod {
                    page.element("small", "\(method.capitalizedFirst) \(date), lot \(lotNumber(of: origin.lotID))")
                }
                page.close("li")
            }
            page.close("ul")
        }

        section(&page, "The journey, from herder to garment") { page in
            page.open("ol", attributes: [("class", "journey")])
            for step in passport.journey {
                page.open("li")
                page.element("time", String(step.time.prefix(10)))
                page.element("strong", " " + step.process.capitalizedFirst)
                if let place = step.locationName ?? step.location { page.element("span", " – " + place) }
                for measurement in step.measurements {
                    if let mean = measurement.meanValue {
                        let unit = measurement.unit == "4H" ? " µm" : ""
                        page.element("small", "Mean fibre diameter \(formatted(mean))\(unit)")
                    }
                }
                page.close("li")
            }
            page.close("ol")
        }

        section(&page, "Certificates") { page in
            page.open("ul")
            for certificate in passport.certificates {
                page.open("li")
                page.link("\(certificate.scheme) \(certificate.number)", to: certificate.id)
                let holder = passport.partyName(certificate.holder)
                page.element("small", "Held by \(holder), valid \(certificate.validFrom) to \(certificate.validUntil)")
                page.close("li")
            }
            page.close("ul")
            if !passport.claims.isEmpty {
                page.element("h3", "Claims and their evidence")
                page.open("ul")
                for claim in passport.claims {
                    page.open("li")
                    page.text(claim.claim.text + " – ")
                    page.text(claim.evidence.isEmpty ? "no evidence" : "\(claim.evidence.count) certificate(s)")
                    page.close("li")
                }
                page.close("ul")
            }
        }

        section(&page, "Durability") { page in
            page.open("table")
            page.raw("<tr><th>Property</th><th>Result</th><th>Method</th></tr>")
            for test in product.durability {
                page.open("tr")
                page.element("td", test.property.capitalizedFirst)
                page.element("td", formatted(test.result) + (test.unit.map { " " + $0 } ?? ""))
                page.element("td", test.method)
                page.close("tr")
            }
            page.close("table")
        }

        section(&page, "Care") { page in
            page.open("dl")
            page.row("Washing", product.care.washing)
            page.row("Bleaching", product.care.bleaching)
            page.row("Drying", product.care.drying)
            page.row("Ironing", product.care.ironing)
            page.row("Professional cleaning", product.care.professionalCleaning)
            page.close("dl")
            if let repair = product.repair {
                page.element("h3", "Repair")
                page.element("p", repair.instructions)
                if let url = repair.url { page.link("Repair service", to: url) }
            }
        }

        section(&page, "End of life") { page in
            let recyclability = product.recyclability
            page.element("p", recyclability.recyclable ? "Recyclable: \(formatted(recyclability.recyclableContentPercent))% of the weight." : "Not recyclable.")
            page.element("p", recyclability.instructions)
            page.element("p", "Recycled content: \(formatted(product.recycledContentPercent))%.")
            page.element("p", product.substancesOfConcern.isEmpty ? "No substances of concern above 0.1%." : "Substances of concern: " + product.substancesOfConcern.map { "\($0.name) (CAS \($0.casNumber), \(formatted($0.concentrationPercent))%)" }.joined(separator: "; "))
            if let url = recyclability.url { page.link("Take-back programme", to: url) }
        }

        page.open("footer")
        page.text("Machine-readable passport: ")
        page.link("passport.jsonld", to: "passport.jsonld")
        page.text(" (W3C Verifiable Credential, UNTP Digital Product Passport 0.6.1). Issued by \(passport.issuer.name). ")
        page.text(passport.link)
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
        origins.first { $0.producer == id }?.producerName ?? (manufacturer?.id == id ? manufacturer?.name : nil) ?? id
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
