import Passport

/// The label files of one lot's folder at its Digital Link path: for each ``LabelKind`` an SVG
/// and a PDF (`label.svg`, `label.pdf`, `hangtag.svg`, `hangtag.pdf`), laid out and checked
/// before any is made.
public struct LabelFiles: Sendable {
    /// What the labels of a run look like: the languages and the size of each kind.
    public struct Options: Sendable {
        public var languages: [String]
        public var sizes: [LabelKind: LabelSize]

        public init(languages: [String], sizes: [LabelKind: LabelSize] = [:]) {
            self.languages = languages
            self.sizes = sizes
        }

        /// The size of `kind`: asked for, or its default.
        public func size(of kind: LabelKind) -> LabelSize { sizes[kind] ?? kind.defaultSize }
    }

    /// The lot's layouts by kind, for sheets.
    public let layouts: [LabelKind: LabelLayout]
    public let files: [SiteFile]

    /// Lays out and draws the labels of `passport`.
    ///
    /// - Throws: ``LabelFailure`` naming the lot and what stops its labels.
    public init(passport: Passport, options: Options) throws(LabelFailure) {
        let name = passport.link ?? passport.product.name ?? "a passport"
        let folder: [String]
        do { folder = try PassportPath.folder(of: passport) } catch { throw LabelFailure(lot: name, message: "\(error)") }
        do {
            let content = try LabelContent(passport: passport, languages: options.languages)
            var layouts: [LabelKind: LabelLayout] = [:]
            var files: [SiteFile] = []
            for kind in LabelKind.allCases {
                let layout = try LabelLayout(content, kind: kind, size: options.size(of: kind))
                layouts[kind] = layout
                files.append(SiteFile(path: folder + [kind.rawValue + ".svg"], text: layout.svg))
                files.append(SiteFile(path: folder + [kind.rawValue + ".pdf"], bytes: try layout.pdf()))
            }
            self.layouts = layouts
            self.files = files
        } catch let error as LabelContentError {
            throw LabelFailure(lot: name, message: error.message)
        } catch let error as LabelLayoutError {
            throw LabelFailure(lot: name, message: error.message)
        } catch let error as LabelOutputError {
            throw LabelFailure(lot: name, message: error.message)
        } catch {
            throw LabelFailure(lot: name, message: "\(error)")
        }
    }
}
