import JSONCore

/// The GS1 resolver description file, `/.well-known/gs1resolver`: what the site's resolver
/// answers (GTINs, the GS1 and UNTP link types, language variants) and who runs it.
public enum ResolverDescription {
    /// Its path below the site root.
    public static let path = [".well-known", "gs1resolver"]

    /// The description of the resolver of `site`.
    public static func json(of site: ResolverSite) -> JSONValue {
        [
            "name": .string("\(site.publisherName) Digital Product Passports"),
            "resolverRoot": .string(site.baseURL),
            "supportedLinkType": [
                ["namespace": .string(LinkType.gs1Namespace), "prefix": "gs1:"],
                ["namespace": "https://untp.unece.org/docs/specification/IdentityResolver#", "prefix": "untp:"],
            ],
            "supportedPrimaryKeys": ["01"],
            "linkTypeDefaultCanBeAll": false,
            "supportsSemanticInterpretation": false,
            "validatesAIcombinations": false,
            "supportsLanguageVariants": true,
            "contact": ["fn": .string(site.publisherName)],
        ]
    }
}
