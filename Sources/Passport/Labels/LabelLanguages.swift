/// The languages a label is written in: asked for by code, or by the member states where the
/// product is sold, each of which may require its official languages (Regulation (EU)
/// 1007/2011, Art. 16(2)).
public enum LabelLanguages {
    /// The official languages of each EU member state that are official languages of the Union
    /// (the Regulation exists in those only; Turkish in Cyprus and Luxembourgish are not among
    /// them), by ISO 3166-1 alpha-2 code.
    public static let byCountry: [String: [String]] = [
        "AT": ["de"], "BE": ["nl", "fr", "de"], "BG": ["bg"], "CY": ["el"], "CZ": ["cs"], "DE": ["de"], "DK": ["da"],
        "EE": ["et"], "ES": ["es"], "FI": ["fi", "sv"], "FR": ["fr"], "GR": ["el"], "HR": ["hr"], "HU": ["hu"],
        "IE": ["en", "ga"], "IT": ["it"], "LT": ["lt"], "LU": ["fr", "de"], "LV": ["lv"], "MT": ["mt", "en"], "NL": ["nl"],
        "PL": ["pl"], "PT": ["pt"], "RO": ["ro"], "SE": ["sv"], "SI": ["sl"], "SK": ["sk"],
    ]

    /// The languages of `countries`, each once, in the order the countries name them.
    ///
    /// - Throws: ``LabelLanguagesError/unknownCountry(_:)`` for a code that is not an EU member state's.
    public static func languages(ofCountries countries: [String]) throws(LabelLanguagesError) -> [String] {
        var languages: [String] = []
        for country in countries {
            guard let official = byCountry[country.uppercased()] else { throw .unknownCountry(country) }
            for language in official where !languages.contains(language) { languages.append(language) }
        }
        return languages
    }
}
