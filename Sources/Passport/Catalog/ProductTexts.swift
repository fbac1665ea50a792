/// A product's text for people as the catalogue gives it: the language the catalogue writes in
/// and the product's translations, for the consumer pages.
public struct ProductTexts: Sendable, Hashable {
    /// The BCP 47 language of the catalogue's text (`en` when it does not say).
    public var language: String
    /// The product's text in other languages, by language code.
    public var translations: [String: ProductTranslation]

    public init(language: String = "en", translations: [String: ProductTranslation] = [:]) {
        self.language = language
        self.translations = translations
    }
}

/// A product's name, description, care and repair text in one more language; what it leaves out
/// is shown in the catalogue's own language.
public struct ProductTranslation: Sendable, Hashable {
    public var name: String?
    public var description: String?
    public var washing: String?
    public var bleaching: String?
    public var drying: String?
    public var ironing: String?
    public var professionalCleaning: String?
    public var repairInstructions: String?

    public init(
        name: String? = nil, description: String? = nil, washing: String? = nil, bleaching: String? = nil, drying: String? = nil,
        ironing: String? = nil, professionalCleaning: String? = nil, repairInstructions: String? = nil
    ) {
        self.name = name
        self.description = description
        self.washing = washing
        self.bleaching = bleaching
        self.drying = drying
        self.ironing = ironing
        self.professionalCleaning = professionalCleaning
        self.repairInstructions = repairInstructions
    }
}
