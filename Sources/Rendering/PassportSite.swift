import JSONCore
import Passport
import TextileResources

/// Builds the static site of a set of passports: a folder per passport at its Digital Link
/// path (its consumer page in every published language), the textile context, an index page and the run report.
public enum PassportSite {
    /// One passport to publish: the typed form and its JSON-LD document.
    public struct Entry: Sendable {
        public var passport: Passport
        public var document: JSONValue

        public init(passport: Passport, document: JSONValue) {
            self.passport = passport
            self.document = document
        }
    }

    /// The site for `entries`, with `report` as `report.json`.
    public static func build(_ entries: [Entry], report: JSONValue) throws -> Site {
        var site = Site()
        let writer = JSONWriter(pretty: true)
        for entry in entries {
            let folder = try PassportPath.folder(of: entry.passport)
            let qr = try QRCode(encoding: entry.passport.link)
            site.add(.init(path: folder + ["passport.jsonld"], bytes: writer.bytes(entry.document)))
            for language in PageText.languages {
                site.add(.init(path: folder + [PageText.pageName(language)], text: ConsumerPage.html(for: entry.passport, language: language)))
            }
            site.add(.init(path: folder + ["qr.svg"], text: qr.svg(title: entry.passport.link)))
            site.add(.init(path: folder + ["qr.png"], bytes: try qr.png()))
        }
        let contextPath = PassportDocument.contextPath.split(separator: "/").map(String.init)
        site.add(.init(path: contextPath, bytes: EmbeddedResources.schemas["textile-passport.context.jsonld"]!))
        site.add(.init(path: ["index.html"], text: SiteIndexPage.html(for: entries.map(\.passport), folders: try entries.map { try PassportPath.folder(of: $0.passport) })))
        site.add(.init(path: ["report.json"], bytes: writer.bytes(report)))
        return site
    }
}
