/// Why a lot's labels cannot be laid out on sheets.
public enum LabelSheetError: Error, Sendable, Equatable {
    case count(Int)
    case labelTooLarge(LabelSize, paper: LabelSheet.Paper)
    case gridTooLarge(LabelSheet.Grid, fitting: LabelSheet.Grid, paper: LabelSheet.Paper)

    /// A message a person can act on.
    public var message: String {
        switch self {
        case .count(let count): "\(count) labels cannot be put on sheets: the count must be from 1 to \(LabelSheet.maximumCount)"
        case .labelTooLarge(let size, let paper):
            "a \(size) mm label does not fit on \(paper.name) paper (\(paper.size) mm) with its \(LabelSheet.margin) mm margins"
        case .gridTooLarge(let grid, let fitting, let paper):
            "a \(grid) grid does not fit on \(paper.name) paper; at most \(fitting) labels of this size fit"
        }
    }
}
