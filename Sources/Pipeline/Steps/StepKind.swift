import Spreadsheets

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
        guard let kind = Self.words[text.trimmingCellWhitespace.lowercased()] else { return nil }
        self = kind
    }

    /// Every word a step may be written as (lower case): English, its American spelling, Mongolian.
    private static let words: [String: StepKind] = Dictionary(
        allCases.flatMap { kind in [kind.rawValue, kind.rawValue.replacing("fibre", with: "fiber"), kind.mongolian].map { ($0, kind) } },
        uniquingKeysWith: { first, _ in first })

    /// Whether the step makes a new lot out of input lots (an EPCIS transformation).
    var isTransformation: Bool { self == .dehairing || self == .spinning || self == .knitting }
}
