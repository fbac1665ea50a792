import JSONCore
import Passport
import TextileResources

/// The files of one passport's folder, at its Digital Link path: the JSON-LD document, its signed
/// form when there is one, the consumer page in every published language, and the QR code as SVG and PNG.
public struct PassportFiles: Sendable {
    /// A signed passport's secured form and where its issuer's keys are.
    public struct Signature: Sendable {
        /// The passport as `application/vc+jwt` (JWS compact serialisation).
        public var jwt: String
        /// The URL of the issuer's DID document.
        public var didDocumentURL: String

        public init(jwt: String, didDocumentURL: String) {
            self.jwt = jwt
            self.didDocumentURL = didDocumentURL
        }
    }

    /// The folder names of the passport below the site root.
    public let folder: [String]
    public let files: [SiteFile]
    /// The QR code of the passport's Digital Link, which its labels show too (``LabelFiles``).
    public let code: QRCode

    /// Renders `passport`, whose JSON-LD form is `document`, a document of `version`, with the
    /// product's text for people in `texts` and, when signed, its `signature`; `documentBytes`
    /// is the document written out (``documentBytes(_:)``) when the caller has it already.
    public init(
        passport: Passport, document: JSONValue, version: UNTPVersion, texts: ProductTexts = ProductTexts(), signature: Signature? = nil,
        documentBytes: [UInt8]? = nil
    ) throws {
        folder = try PassportPath.folder(of: passport)
        let link = passport.link ?? ""
        let qr = try QRCode(encoding: link)
        var files = [SiteFile(path: folder + ["passport.jsonld"], bytes: documentBytes ?? Self.documentBytes(document))]
        if let signature { files.append(SiteFile(path: folder + ["passport.jwt"], text: signature.jwt)) }
        for language in PageText.languages {
            let page = ConsumerPage.html(
                for: passport, writtenIn: version, language: language, texts: texts, didDocumentURL: signature?.didDocumentURL)
            files.append(SiteFile(path: folder + [PageText.pageName(language)], bytes: page))
        }
        files.append(SiteFile(path: folder + ["qr.svg"], text: qr.svg(title: link)))
        files.append(SiteFile(path: folder + ["qr.png"], bytes: try qr.png()))
        self.files = files
        code = qr
    }

    /// The bytes of the `passport.jsonld` file of a passport whose JSON-LD form is `document`.
    public static func documentBytes(_ document: JSONValue) -> [UInt8] { JSONWriter(pretty: true).bytes(document) }

    /// What the resolver answers for the lot of `passport`, published in `folder`, signed or not.
    public static func resolverLot(of passport: Passport, folder: [String], signed: Bool) -> ResolverSite.Lot {
        ResolverSite.Lot(
            folder: folder, productName: passport.product.name ?? "", context: KeyLinks.lot(of: passport, folder: folder, signed: signed))
    }
}

/// The files every site has besides its passports and its run report (`report.json`, written
/// in pieces by the pipeline): the textile context its passports name, the index page, the
/// product pages (`01/<gtin>/`), and the files of a signed site (the issuer's DID document, the status list).
public enum SiteFrame {
    /// The frame's files but the index page, for a site of the passports `listed`, of `version`,
    /// whose `signingFiles` are published. The product pages are rendered one by one as the
    /// sequence reaches them.
    public static func files(
        listed: SiteListing.Listed, version: UNTPVersion, signingFiles: [(title: String, file: SiteFile)] = []
    ) -> some Sequence<SiteFile> {
        let contextPath = version.contextPath.split(separator: "/").map(String.init)
        let context = SiteFile(path: contextPath, bytes: EmbeddedResources.schemas[version.contextFile]!)
        return [AnySequence([context]), AnySequence(ProductPage.files(for: listed.products)), AnySequence(signingFiles.map(\.file))].joined()
    }

    /// The index page (`index.html`) listing the passports `listed`, issued by `issuerName`, and
    /// the `signingFiles`, in pieces made as they are written.
    public static func indexPage(
        listed: SiteListing.Listed, issuerName: String?, signingFiles: [(title: String, file: SiteFile)] = []
    ) -> some Sequence<[UInt8]> {
        SiteIndexPage.pieces(
            of: listed.entries, count: listed.count, issuerName: issuerName, links: signingFiles.map { (title: $0.title, path: $0.file.path) })
    }
}
