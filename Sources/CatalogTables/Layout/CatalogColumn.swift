/// One column of a catalogue sheet: the JSON member it fills, its headers, and what it holds.
public struct CatalogColumn: Sendable, Hashable {
    /// What the column is to its row.
    public enum Role: Sendable, Hashable {
        /// The member at this path inside the row's JSON value (empty: the value is the row's
        /// whole value, a string, as in the label statements).
        case value(path: [String])
        /// The SKU of the product the row belongs to (a row of a product's list).
        case productKey
        /// The name of the product's component the row belongs to (a fibre row).
        case componentKey
        /// The BCP 47 language the row translates the product into.
        case languageKey
        /// The party Digital Link of the herder organisation the row belongs to (a row of its lists).
        case herderKey
    }

    /// The stable key of the column, shown beside its header: the JSON path joined by `.`
    /// (`care.washing`), or `sku`, `component`, `language` for the keys of parent rows.
    public let key: String
    public let role: Role
    /// The header in English, without the key.
    public let english: String
    /// The header in Mongolian (Cyrillic), without the key.
    public let mongolian: String
    /// Whether every row must fill the column (the schema requires the member wherever the row's value exists).
    public let isRequired: Bool
    public let kind: ValueKind
    /// The values the column's drop-down offers, if any (for a list column, the values of each item).
    public let codeList: CodeList?

    /// A column filling the member at `path` (`"care.washing"` for `care` → `washing`).
    init(_ path: String, _ english: String, _ mongolian: String, required: Bool = false, kind: ValueKind = .text, codes: CodeList? = nil) {
        self.init(
            key: path, role: .value(path: path.isEmpty ? [] : path.split(separator: ".").map(String.init)), english: english, mongolian: mongolian,
            required: required, kind: kind, codes: codes)
    }

    init(key: String, role: Role, english: String, mongolian: String, required: Bool, kind: ValueKind = .text, codes: CodeList? = nil) {
        self.key = key
        self.role = role
        self.english = english
        self.mongolian = mongolian
        isRequired = required
        self.kind = kind
        codeList = codes
    }

    /// The header a template writes in `language`: the name, ` *` when required, and the key in
    /// brackets (`GTIN * (gtin)`, `Угаалга * (care.washing)`).
    public func header(in language: CatalogLanguage) -> String {
        let name = language == .mongolian ? mongolian : english
        return name + (isRequired ? " *" : "") + " (\(key))"
    }

    /// The JSON path of a value column; `nil` for the keys of parent rows.
    public var path: [String]? {
        if case .value(let path) = role { return path }
        return nil
    }
}
