import Spreadsheets

/// The columns of a step sheet: each has an English header (its key) and a Mongolian one.
///
/// Only `date` and `step` are always required; what else a row needs depends on its step (see
/// ``StepRowReader``). Columns may come in any order; unknown columns are reported and ignored.
public enum StepColumn: String, Sendable, Hashable, CaseIterable {
    case eventID = "event id"
    case date
    case timeZone = "time zone"
    case step
    case process
    case inputLots = "input lots"
    case outputLot = "output lot"
    case outputProduct = "output product"
    case outputQuantity = "output quantity"
    case outputUnit = "output unit"
    case location
    case from
    case to
    case toLocation = "to location"
    case containers
    case purchaseOrder = "purchase order"
    case herderOrganisation = "herder organisation"
    case country
    case aimag
    case soum
    case fibre
    case species
    case harvestMethod = "harvest method"
    case certificates
    case yarnCount = "yarn count"
    case test
    case testMethod = "test method"
    case testUnit = "test unit"
    case mean
    case standardDeviation = "standard deviation"
    case percentileRank = "percentile rank"
    case percentileValue = "percentile value"
    case testPassed = "test passed"

    /// The English header.
    public var english: String { rawValue }

    /// The Mongolian header.
    public var mongolian: String {
        switch self {
        case .eventID: "үйл явдлын дугаар"
        case .date: "огноо"
        case .timeZone: "цагийн бүс"
        case .step: "алхам"
        case .process: "процесс"
        case .inputLots: "орох багц"
        case .outputLot: "гарах багц"
        case .outputProduct: "гарах бүтээгдэхүүн"
        case .outputQuantity: "гарах хэмжээ"
        case .outputUnit: "гарах нэгж"
        case .location: "байршил"
        case .from: "илгээгч"
        case .to: "хүлээн авагч"
        case .toLocation: "хүргэх байршил"
        case .containers: "хайрцаг"
        case .purchaseOrder: "захиалга"
        case .herderOrganisation: "малчдын байгууллага"
        case .country: "улс"
        case .aimag: "аймаг"
        case .soum: "сум"
        case .fibre: "ширхэг"
        case .species: "амьтны төрөл"
        case .harvestMethod: "хураах арга"
        case .certificates: "гэрчилгээ"
        case .yarnCount: "утасны нарийвчлал"
        case .test: "шинжилгээ"
        case .testMethod: "шинжилгээний арга"
        case .testUnit: "шинжилгээний нэгж"
        case .mean: "дундаж"
        case .standardDeviation: "стандарт хазайлт"
        case .percentileRank: "перцентилийн зэрэг"
        case .percentileValue: "перцентилийн утга"
        case .testPassed: "тэнцсэн"
        }
    }

    /// The column whose header is `text`: English or Mongolian, any case, or both as
    /// `Mongolian (english)` the way a bilingual template writes them.
    public init?(header text: String) {
        let header = text.trimmingCellWhitespace.lowercased()
        let candidates = [header] + Self.parenthesised(header)
        guard let column = Self.allCases.first(where: { column in candidates.contains { $0 == column.english || $0 == column.mongolian } })
        else { return nil }
        self = column
    }

    /// The word in parentheses at the end of `header` and the words before it, when it has them.
    private static func parenthesised(_ header: String) -> [String] {
        guard header.hasSuffix(")"), let open = header.lastIndex(of: "(") else { return [] }
        let inner = header[header.index(after: open)..<header.index(before: header.endIndex)]
        return [String(inner).trimmingCellWhitespace, String(header[..<open]).trimmingCellWhitespace]
    }
}
