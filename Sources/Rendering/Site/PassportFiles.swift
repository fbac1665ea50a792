import JSONCore
import Passport
import TextileResources

/// The files of one passport's folder, at its Digital Link path: the JSON-LD document, the
/// consumer page in every published language, and the QR code as SVG and PNG.
public struct PassportFiles: Sendable {
    /// The folder names of the passport below the site root.
    public let folder: [String]
    public let files: [SiteFile]
    /// What the site's index page lists for this passport.
    public let indexEntry: SiteIndexPage.Entry

    /// Renders `passport`, whose JSON-LD form is `document`.
    public init(passport: Passport, document: JSONValue) throws {
        folder = try PassportPath.folder(of: passport)
        let link = passport.link ?? ""
        let qr = try QRCode(encoding: link)
        var files = [SiteFile(path: folder + ["passport.jsonld"], bytes: JSONWriter(pretty: true).bytes(document))]
        for language in PageText.languages {
            files.append(SiteFile(path: folder + [PageText.pageName(language)], text: ConsumerPage.html(for: passport, language: language)))
        }
        files.append(SiteFile(path: folder + ["qr.svg"], text: qr.svg(title: link)))
        files.append(SiteFile(path: folder + ["qr.png"], bytes: try qr.png()))
        self.files = files
        indexEntry = SiteIndexPage.Entry(passport: passport, folder: folder)
    }
}

/// The files every site has besides its passports: the textile context, the index page and the run report.
public enum SiteFrame {
    /// The frame of a site listing `entries`, with `report` as `report.json`.
    public static func files(index entries: [SiteIndexPage.Entry], issuerName: String?, report: JSONValue) -> [SiteFile] {
        let contextPath = PassportDocument.contextPath.split(separator: "/").map(String.init)
        return [
            SiteFile(path: contextPath, bytes: EmbeddedResources.schemas["textile-passport.context.jsonld"]!),
            SiteFile(path: ["index.html"], text: SiteIndexPage.html(for: entries, issuerName: issuerName)),
            SiteFile(path: ["report.json"], bytes: JSONWriter(pretty: true).bytes(report)),
        ]
    }
}
