import GS1

/// Where a passport's files live below a site's root folder.
public enum PassportPath {
    /// The first folder of every passport's path: the Digital Link's GTIN application identifier.
    public static let topFolder = "01"

    /// The folder names of `passport` below the site root: its Digital Link path, made safe
    /// so that no lot number can lead outside the site.
    public static func folder(of passport: Passport) throws(GS1Error) -> [String] {
        try DigitalLink.product(gtin: GTIN(passport.product.registeredID ?? ""), lot: passport.lot).publishingPath()
    }

    /// `folder/passport.jsonld`, for reports.
    public static func relativePath(of passport: Passport) throws(GS1Error) -> String {
        (try folder(of: passport) + ["passport.jsonld"]).joined(separator: "/")
    }
}
