/// A lot's labels laid out for printing on sheets of paper: a grid of labels separated by
/// gutters, crop marks at every label corner drawn in the gutters and margins (never on a
/// label), as many pages as the lot's count of labels needs, and on each page a footer naming
/// the lot and which of its labels the page holds.
public struct LabelSheet: Sendable {
    /// A paper size with its name.
    public struct Paper: Sendable, Hashable {
        public var name: String
        public var size: LabelSize

        public static let a4 = Paper(name: "A4", size: LabelSize(width: 210, height: 297))
        public static let letter = Paper(name: "Letter", size: LabelSize(width: 215.9, height: 279.4))
        /// The papers `--sheet` names.
        public static let all = [a4, letter]
    }

    /// Columns and rows of labels on a page.
    public struct Grid: Sendable, Hashable, CustomStringConvertible {
        public var columns: Int
        public var rows: Int

        public init(columns: Int, rows: Int) {
            self.columns = columns
            self.rows = rows
        }

        /// Reads `CxR` (`3x8`), each from 1 to 100.
        public init?(parsing text: String) {
            let parts = text.lowercased().split(separator: /[x×]/, omittingEmptySubsequences: false)
            guard parts.count == 2, let columns = Int(parts[0]), let rows = Int(parts[1]), (1...100).contains(columns), (1...100).contains(rows)
            else { return nil }
            self.init(columns: columns, rows: rows)
        }

        public var description: String { "\(columns)x\(rows)" }
    }

    /// The white border of the paper most printers cannot print on, in millimetres.
    static let margin = 10.0
    /// The space between labels, room for the crop marks, in millimetres.
    static let gutter = 6.0
    /// The crop marks' length and their distance from the label corner, in millimetres.
    static let markLength = 4.0
    static let markOffset = 1.0
    /// The most labels one sheet file holds.
    public static let maximumCount = 100_000

    public let label: LabelLayout
    public let paper: Paper
    public let grid: Grid
    public let count: Int

    /// Lays out `count` copies of `label` on `paper`, in `grid` or in as many columns and rows as fit.
    ///
    /// - Throws: ``LabelSheetError`` when the label or the grid does not fit the paper, or the count is out of range.
    public init(label: LabelLayout, paper: Paper, grid: Grid?, count: Int) throws(LabelSheetError) {
        guard (1...Self.maximumCount).contains(count) else { throw .count(count) }
        let fitting = Grid(
            columns: Self.fitting(label.size.width, in: paper.size.width), rows: Self.fitting(label.size.height, in: paper.size.height))
        guard fitting.columns > 0, fitting.rows > 0 else { throw .labelTooLarge(label.size, paper: paper) }
        let chosen = grid ?? fitting
        guard chosen.columns <= fitting.columns, chosen.rows <= fitting.rows else { throw .gridTooLarge(chosen, fitting: fitting, paper: paper) }
        self.label = label
        self.paper = paper
        self.grid = chosen
        self.count = count
    }

    /// How many labels of `length` fit along a paper side of `side`, with the margins and gutters.
    private static func fitting(_ length: Double, in side: Double) -> Int {
        max(0, Int(((side - 2 * margin + gutter) / (length + gutter)).rounded(.down)))
    }

    /// The number of pages.
    public var pageCount: Int { (count + grid.columns * grid.rows - 1) / (grid.columns * grid.rows) }

    /// The sheets as one PDF document, a page per sheet.
    public func pdf() throws(LabelOutputError) -> [UInt8] {
        let perPage = grid.columns * grid.rows
        let width = Double(grid.columns) * label.size.width + Double(grid.columns - 1) * Self.gutter
        let height = Double(grid.rows) * label.size.height + Double(grid.rows - 1) * Self.gutter
        let left = (paper.size.width - width) / 2
        let top = (paper.size.height - height) / 2
        // The label is drawn once, as a form every copy places, so the PDF holds it once
        // however many copies the sheets have.
        var fonts = try LabelPDFFonts()
        var form = PDFContent()
        LabelPDFDocument.useMillimetres(in: &form, height: label.size.height)
        label.draw(into: &form, fonts: &fonts)
        let scale = LabelPDFDocument.pointsPerMillimetre
        var pages: [PDFContent] = []
        for page in 0..<pageCount {
            var content = PDFContent()
            let first = page * perPage
            let onPage = min(perPage, count - first)
            let origins = (0..<onPage).map { index in
                (
                    x: left + Double(index % grid.columns) * (label.size.width + Self.gutter),
                    y: top + Double(index / grid.columns) * (label.size.height + Self.gutter)
                )
            }
            for (x, y) in origins {
                content.write("q")
                content.write(1, 0, 0, 1, x * scale, (paper.size.height - y - label.size.height) * scale, operator: "cm")
                content.write("/L0 Do")
                content.write("Q")
            }
            LabelPDFDocument.useMillimetres(in: &content, height: paper.size.height)
            content.write("0 G")
            content.write(0.1, operator: "w")
            for (x, y) in origins { drawCropMarks(in: &content, x: x, y: y) }
            content.write("S")
            content.write("0 g")
            fonts.show(
                "\(label.code.text)  labels \(first + 1)–\(first + onPage) of \(count), page \(page + 1) of \(pageCount)", weight: .regular,
                size: PrintQuality.textSize, x: Self.margin, baseline: paper.size.height - Self.margin / 2, in: &content)
            pages.append(content)
        }
        return try LabelPDFDocument.bytes(size: paper.size, pages: pages, fonts: fonts, form: (form, label.size))
    }

    /// Two short lines at each corner of the label at `x`, `y`, outside the label, as a path to stroke.
    private func drawCropMarks(in content: inout PDFContent, x: Double, y: Double) {
        let gap = Self.markOffset
        let length = Self.markLength
        for (cornerX, cornerY, outX, outY) in [
            (x, y, -1.0, -1.0), (x + label.size.width, y, 1, -1), (x, y + label.size.height, -1, 1),
            (x + label.size.width, y + label.size.height, 1, 1),
        ] {
            content.write(cornerX + outX * gap, cornerY, operator: "m")
            content.write(cornerX + outX * min(length, Self.gutter / 2), cornerY, operator: "l")
            content.write(cornerX, cornerY + outY * gap, operator: "m")
            content.write(cornerX, cornerY + outY * min(length, Self.gutter / 2), operator: "l")
        }
    }
}
