/// The supply-chain steps a step row can record, each written in the `step` column in English
/// or in Mongolian.
public enum StepKind: String, Sendable, Hashable, CaseIterable {
    /// A lot of raw fibre enters the chain (a herder group's combing, or a supplier's lot): commissioning.
    case herderLot = "herder lot"
    case shipping
    case receiving
    /// Raw fibre becomes dehaired (or scoured and combed) fibre: a transformation.
    case dehairing
    /// A sample of a lot is measured (fibre diameter, length): an inspection with sensor readings.
    case fibreTest = "fibre test"
    case spinning
    case knitting
    /// Finished pieces go into a carton (an SSCC): an aggregation.
    case packing

    /// The Mongolian word for the step.
    public var mongolian: String {
        switch self {
        case .herderLot: "малчны багц"
        case .shipping: "илгээх"
        case .receiving: "хүлээн авах"
        case .dehairing: "ялгах"
        case .fibreTest: "ширхгийн шинжилгээ"
        case .spinning: "ээрэх"
        case .knitting: "сүлжих"
        case .packing: "савлах"
        }
    }

    /// The step written `text` (English or Mongolian, any case, surrounding spaces ignored).
    public init?(word text: String) {
        let word = text.trimmedCell.lowercased()
        guard
            let kind = Self.allCases.first(where: {
                $0.rawValue == word || $0.mongolian == word || $0.rawValue.replacingOccurrences(of: "fibre", with: "fiber") == word
            })
        else { return nil }
        self = kind
    }

    /// Whether the step makes a new lot out of input lots (an EPCIS transformation).
    var isTransformation: Bool { self == .dehairing || self == .spinning || self == .knitting }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks (no-break spaces included).
    var trimmedCell: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
