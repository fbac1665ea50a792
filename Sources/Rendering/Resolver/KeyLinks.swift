import Passport

/// The linkset contexts of the keys a site publishes: each lot (GTIN and lot) from its passport,
/// each item (a serial under its lot) from its lot, and each product (GTIN alone) from its pages.
public enum KeyLinks {
    /// The context of the lot of `passport`, published at its Digital Link with its pages in
    /// every language, its JSON-LD document and, when `signed`, its `application/vc+jwt` form,
    /// each at its URL in the lot's `folder`.
    public static func lot(of passport: Passport, folder: [String], signed: Bool) -> Linkset.Context {
        let anchor = passport.link ?? ""
        let files = folderURL(anchor: anchor, folder: folder)
        let name = passport.product.name ?? "Product"
        let lot = passport.lot ?? ""
        let pages = PageText.languages.map { language in
            Linkset.Link(
                href: files + "/" + PageText.pageName(language), title: "\(name), lot \(lot): product information (\(language.name))",
                hreflang: [language.code], type: "text/html")
        }
        var passports = [
            Linkset.Link(href: files + "/passport.jsonld", title: "Digital Product Passport of lot \(lot) (JSON-LD)", type: "application/ld+json")
        ]
        if signed {
            passports.append(
                Linkset.Link(
                    href: files + "/passport.jwt", title: "Digital Product Passport of lot \(lot), signed (VC-JOSE)", type: "application/vc+jwt"))
        }
        var links: [LinkType: [Linkset.Link]] = [
            .defaultLink: Array(pages.prefix(1)), .defaultLinkMulti: pages + passports, .pip: pages, .dpp: passports, .untpDPP: passports,
        ]
        links[.certificationInfo] = unique(
            passport.certificates.compactMap { certificate in
                web(certificate.id).map {
                    Linkset.Link(
                        href: $0, title: [certificate.scheme, certificate.number].compactMap { $0 }.joined(separator: " "), type: "text/html")
                }
            })
        links[.sustainabilityInfo] = web(passport.circularity.recyclingInformation?.url).map {
            [Linkset.Link(href: $0, title: "Recycling and take-back of \(name)", type: "text/html")]
        }
        links[.serviceInfo] = web(passport.product.repair?.url).map {
            [Linkset.Link(href: $0, title: "Repair of \(name)", type: "text/html")]
        }
        links[.traceability] = unique(
            passport.journey.compactMap { step in
                web(step.eventCredential).map {
                    Linkset.Link(
                        href: $0, title: "Traceability event: \(step.process ?? step.businessStep ?? "step"), \(step.time ?? "")",
                        type: "application/ld+json")
                }
            })
        links[.untpDFR] = unique(
            passport.origins.compactMap { origin in
                web(origin.facilityRecord).map {
                    Linkset.Link(href: $0, title: "Facility record: \(origin.producerName ?? origin.region ?? "origin")", type: "application/ld+json")
                }
            })
        return Linkset.Context(anchor: anchor, itemDescription: "\(name), lot \(lot)", links: links)
    }

    /// The context of the item with `serial` of the lot whose context is `lot`, at `anchor`: the
    /// lot's links, as the lot's passport and pages are the item's.
    public static func item(serial: String, anchor: String, of lot: Linkset.Context) -> Linkset.Context {
        Linkset.Context(anchor: anchor, itemDescription: "\(lot.itemDescription), serial \(serial)", links: lot.links)
    }

    /// The context of the product `gtinAnchor` (its Digital Link without qualifiers): the
    /// product's own page in every language, which lists its lots. Its lots' passports are
    /// theirs, not the product's: as every lot's linkset holds its product's context, a product
    /// listing them would make each lot's linkset grow with its siblings.
    public static func product(anchor gtinAnchor: String, name: String) -> Linkset.Context {
        let pages = PageText.languages.map { language in
            Linkset.Link(
                href: gtinAnchor + "/" + PageText.pageName(language), title: "\(name): the product and its lots (\(language.name))",
                hreflang: [language.code], type: "text/html")
        }
        return Linkset.Context(
            anchor: gtinAnchor, itemDescription: name, links: [.defaultLink: Array(pages.prefix(1)), .defaultLinkMulti: pages, .pip: pages])
    }

    /// The URL of the folder `folder` of the key at `anchor`: the anchor's stem, then each folder
    /// name as a path segment. A value the folder name percent-encodes is encoded once more in the
    /// URL (lot `A&B`, anchor `…/10/A%26B`, folder `A%26B`, files at `…/10/A%2526B/`), as a web
    /// server decodes a path once to find the file; other keys' files are at their anchor.
    public static func folderURL(anchor: String, folder: [String]) -> String {
        guard folder.contains(where: { $0.utf8.contains(UInt8(ascii: "%")) }) else { return anchor }
        var stemEnd = anchor.endIndex
        for _ in folder {
            guard let slash = anchor[..<stemEnd].lastIndex(of: "/") else { break }
            stemEnd = slash
        }
        return anchor[..<stemEnd] + "/" + folder.map(\.pathSegmentEscaped).joined(separator: "/")
    }

    /// `url` when it is an http(s) URL a linkset may hold.
    private static func web(_ url: String?) -> String? {
        guard let url, url.hasPrefix("https://") || url.hasPrefix("http://") else { return nil }
        return url
    }

    /// `links` without repeated targets, in order.
    private static func unique(_ links: [Linkset.Link]) -> [Linkset.Link] {
        var seen: Set<String> = []
        return links.filter { seen.insert($0.href).inserted }
    }
}
