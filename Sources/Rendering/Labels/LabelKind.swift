/// The labels a lot gets: the sewn-in care and composition label and the hang tag.
public enum LabelKind: String, Sendable, CaseIterable {
    /// Printed on satin ribbon and sewn in: 30 mm wide by default.
    case careLabel = "label"
    /// Printed on card and hung on the garment: 50 × 90 mm by default.
    case hangTag = "hangtag"

    /// The label's name in messages.
    public var title: String {
        switch self {
        case .careLabel: "care label"
        case .hangTag: "hang tag"
        }
    }

    /// The size used unless `--size` says otherwise.
    public var defaultSize: LabelSize {
        switch self {
        case .careLabel: LabelSize(width: 30, height: 120)
        case .hangTag: LabelSize(width: 50, height: 90)
        }
    }

    /// The white border kept free of print, in millimetres (ribbon edges fray, card is cut).
    var margin: Double {
        switch self {
        case .careLabel: 2
        case .hangTag: 4
        }
    }
}
