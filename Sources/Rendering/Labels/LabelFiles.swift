import Passport

/// The label files of one lot's folder at its Digital Link path: for each ``LabelKind`` an SVG
/// and a PDF (`label.svg`, `label.pdf`, `hangtag.svg`, `hangtag.pdf`), laid out and checked
/// before any is made; and, when sheets are asked for, each kind's sheets for the lot's count
/// of labels in `labels/` (`01_<gtin>_10_<lot>_label-sheet.pdf`).
public struct LabelFiles: Sendable {
    /// The folder of the print sheets, beside the lots' Digital Link folders.
    public static let sheetFolder = "labels"

    /// What the labels of a run look like: the languages, the size of each kind, and the sheets.
    public struct Options: Sendable {
        public var languages: [String]
        public var sizes: [LabelKind: LabelSize]
        public var sheets: Sheets?

        public init(languages: [String], sizes: [LabelKind: LabelSize] = [:], sheets: Sheets? = nil) {
            self.languages = languages
            self.sizes = sizes
            self.sheets = sheets
        }

        /// The size of `kind`: asked for, or its default.
        public func size(of kind: LabelKind) -> LabelSize { sizes[kind] ?? kind.defaultSize }
    }

    /// The sheets to print a lot's labels on: the paper, the grid (as many as fit when `nil`)
    /// and the count of labels (the lot's count from its events when `nil`).
    public struct Sheets: Sendable {
        public var paper: LabelSheet.Paper
        public var grid: LabelSheet.Grid?
        public var count: Int?

        public init(paper: LabelSheet.Paper, grid: LabelSheet.Grid? = nil, count: Int? = nil) {
            self.paper = paper
            self.grid = grid
            self.count = count
        }
    }

    /// The lot's layouts by kind, for sheets.
    public let layouts: [LabelKind: LabelLayout]
    public let files: [SiteFile]

    /// Lays out and draws the labels of `passport`, a lot of `producedCount` pieces when its events
    /// say, with the care text translated as the catalogue's `productTexts` translate it; `code`
    /// is the QR code of the passport's link when the caller has it (``PassportFiles/code``).
    ///
    /// - Throws: ``LabelFailure`` naming the lot and what stops its labels.
    public init(
        passport: Passport, producedCount: Int?, options: Options, productTexts: ProductTexts = ProductTexts(), code sharedCode: QRCode? = nil
    ) throws(LabelFailure) {
        let name = passport.link ?? passport.product.name ?? "a passport"
        let folder: [String]
        do { folder = try PassportPath.folder(of: passport) } catch { throw LabelFailure(lot: name, message: "\(error)") }
        do {
            let content = try LabelContent(passport: passport, languages: options.languages, productTexts: productTexts)
            var layouts: [LabelKind: LabelLayout] = [:]
            var files: [SiteFile] = []
            let code = try sharedCode ?? LabelLayout.code(of: content)
            for kind in LabelKind.allCases {
                let layout = try LabelLayout(content, kind: kind, size: options.size(of: kind), code: code)
                layouts[kind] = layout
                files.append(SiteFile(path: folder + [kind.rawValue + ".svg"], text: layout.svg))
                files.append(SiteFile(path: folder + [kind.rawValue + ".pdf"], bytes: try layout.pdf()))
                if let sheets = options.sheets {
                    guard let count = sheets.count ?? producedCount else {
                        throw LabelFailure(
                            lot: name,
                            message: "the events give no count of pieces for the lot, so the sheets' count of labels is unknown; give it with --count"
                        )
                    }
                    let sheet = try LabelSheet(label: layout, paper: sheets.paper, grid: sheets.grid, count: count)
                    files.append(
                        SiteFile(path: [Self.sheetFolder, (folder + [kind.rawValue + "-sheet.pdf"]).joined(separator: "_")], bytes: try sheet.pdf()))
                }
            }
            self.layouts = layouts
            self.files = files
        } catch let error as LabelContentError {
            throw LabelFailure(lot: name, message: error.message)
        } catch let error as LabelLayoutError {
            throw LabelFailure(lot: name, message: error.message)
        } catch let error as LabelOutputError {
            throw LabelFailure(lot: name, message: error.message)
        } catch let error as LabelSheetError {
            throw LabelFailure(lot: name, message: error.message)
        } catch let error as LabelFailure {
            throw error
        } catch {
            throw LabelFailure(lot: name, message: "\(error)")
        }
    }
}
