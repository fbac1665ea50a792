import Passport

/// The site's front page: every published passport, grouped by product.
public enum SiteIndexPage {
    /// The page listing `passports`, each linked to its folder (`folders`, same order).
    public static func html(for passports: [Passport], folders: [[String]]) -> String {
        var page = HTMLWriter()
        page.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.element("title", "Digital Product Passports")
        page.raw("<style>" + PageStyle.css + "</style></head><body><main><header>")
        page.element("p", "TextilePassport", attributes: [("class", "kicker")])
        page.element("h1", "Digital Product Passports")
        page.element("p", "\(passports.count) passport(s) issued by \(passports.first?.issuer.name ?? "—").")
        page.raw("</header><section><ul>")
        for (passport, folder) in zip(passports, folders) {
            page.open("li")
            let href = folder.map(\.pathSegmentEscaped).joined(separator: "/") + "/index.html"
            page.link("\(passport.product.name), lot \(passport.lot)", to: href)
            page.element("small", "GTIN \(passport.product.gtin) · produced \(passport.productionDate)")
            page.close("li")
        }
        page.raw("</ul></section></main></body></html>\n")
        return page.html
    }
}

extension String {
    /// The string percent-encoded for use as one relative URL path segment.
    var pathSegmentEscaped: String {
        var escaped = ""
        for byte in utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) || "-._~".unicodeScalars.contains(scalar) {
                escaped.unicodeScalars.append(scalar)
            } else {
                escaped += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return escaped
    }

    private func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
