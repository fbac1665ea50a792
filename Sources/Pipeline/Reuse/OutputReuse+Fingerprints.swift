import Passport
import Rendering

extension OutputReuse {
    /// The fingerprint of a passport's folder: its document (as its file's bytes), the product's
    /// texts, the UNTP version, the signing key (nil when unsigned), the label options (nil
    /// without labels) and the lot's count of items (which label sheets print).
    func passportFingerprint(
        documentBytes: [UInt8], texts: ProductTexts, version: UNTPVersion, signingKey: String?, labels: LabelFiles.Options?,
        producedCount: Int?
    ) -> OutputFingerprint? {
        fingerprint([
            Array("passport \(version.rawValue)".utf8), Array((signingKey ?? "unsigned").utf8), Array(Self.labelOptionsText(labels).utf8),
            Array((producedCount.map(String.init) ?? "-").utf8), Array(Self.productText(texts).utf8), documentBytes,
        ])
    }

    /// The fingerprint of a traceability event's files: its credential document (as its file's
    /// bytes) and the signing key.
    func eventFingerprint(documentBytes: [UInt8], signingKey: String?) -> OutputFingerprint? {
        fingerprint([Array("event".utf8), Array((signingKey ?? "unsigned").utf8), documentBytes])
    }

    /// The fingerprint of a traceability event's files worked out from what its credential is
    /// made from, without making it: the event's record `content` (``TraceGraph/withContent(of:_:)``),
    /// the catalogue (its `catalogFingerprint`, ``GenerationInputs/catalogFingerprint``), the
    /// site's `baseURL` and the signing key.
    func eventInputFingerprint(content: UnsafeRawBufferPointer, catalogFingerprint: [UInt8], baseURL: String, signingKey: String?)
        -> OutputFingerprint?
    {
        fingerprint([
            Array("event inputs".utf8), Array((signingKey ?? "unsigned").utf8), catalogFingerprint, Array(baseURL.utf8), Array(content),
        ])
    }

    /// The product's texts in a text that does not depend on the order of a dictionary.
    private static func productText(_ texts: ProductTexts) -> String {
        var text = texts.language
        for language in texts.translations.keys.sorted() {
            let translation = texts.translations[language]!
            let fields = [
                translation.name, translation.description, translation.washing, translation.bleaching, translation.drying,
                translation.ironing, translation.professionalCleaning, translation.repairInstructions,
            ]
            text += "\u{1E}" + language + fields.map { "\u{1F}" + ($0.map { "+" + $0 } ?? "-") }.joined()
        }
        return text
    }

    /// The label options in a text that does not depend on the order of a dictionary.
    private static func labelOptionsText(_ labels: LabelFiles.Options?) -> String {
        guard let labels else { return "no labels" }
        let sizes = LabelKind.allCases.map { "\($0.rawValue)=\(labels.size(of: $0))" }
        return "labels \(labels.languages) \(sizes) \(String(describing: labels.sheets))"
    }
}
