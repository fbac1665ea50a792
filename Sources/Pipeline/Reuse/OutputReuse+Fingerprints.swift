import Passport
import Rendering
import Traceability

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
            Array((producedCount.map(String.init) ?? "-").utf8), Self.productBytes(texts), documentBytes,
        ])
    }

    /// The fingerprint of a passport's folder worked out from what its passport is made from,
    /// without making its document: the `lot`, the events of its trace (`traced`, numbers of
    /// `graph` in the trace's order: each one's content, ``TraceGraph/withContent(of:_:)``, and
    /// the order of their numbers, which settles which of two events the trace takes first), its
    /// `status` list entry, the catalogue (`catalogFingerprint`), the site's `baseURL`, and what
    /// ``passportFingerprint(documentBytes:texts:version:signingKey:labels:producedCount:)`` adds
    /// to the document. The product's texts are the catalogue's. The lot's items (`serials`)
    /// are in it too: with the rest, they make the lot's resolver files.
    func passportInputFingerprint(
        lot: ProductionLot, serials: [String], traced: [TraceGraph.EventNumber], graph: TraceGraph, status: Passport.StatusEntry?,
        catalogFingerprint: [UInt8], baseURL: String, version: UNTPVersion, signingKey: String?, labels: LabelFiles.Options?,
        producedCount: Int?
    ) -> OutputFingerprint? {
        var trace: [UInt8] = []
        // The trace's places of its events in the order of their numbers.
        for index in traced.indices.sorted(by: { traced[$0].position < traced[$1].position }) {
            Self.appendNumber(UInt64(index), to: &trace)
        }
        for event in traced {
            graph.withContent(of: event) { content in
                Self.appendNumber(UInt64(content.count), to: &trace)
                trace += content
            }
        }
        let statusFields = [status?.id, status?.type, status?.purpose, status?.index, status?.listCredential]
        return fingerprint([
            Array("passport inputs \(version.rawValue)".utf8), Array((signingKey ?? "unsigned").utf8), Array(Self.labelOptionsText(labels).utf8),
            Array((producedCount.map(String.init) ?? "-").utf8), catalogFingerprint, Array(baseURL.utf8),
            Self.fieldBytes([lot.id, lot.lot, lot.producedAt.description, lot.location]),
            status == nil ? Array("no status".utf8) : Self.fieldBytes(statusFields), Self.fieldBytes(serials), trace,
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

    /// The product's texts in bytes that do not depend on the order of a dictionary.
    private static func productBytes(_ texts: ProductTexts) -> [UInt8] {
        var bytes = fieldBytes([texts.language])
        for language in texts.translations.keys.sorted() {
            let translation = texts.translations[language]!
            bytes += fieldBytes([
                language, translation.name, translation.description, translation.washing, translation.bleaching, translation.drying,
                translation.ironing, translation.professionalCleaning, translation.repairInstructions,
            ])
        }
        return bytes
    }

    /// Optional `fields` in bytes that tell an absent field from an empty one and where each
    /// ends: a byte for whether it is there, then its length and its UTF-8.
    private static func fieldBytes(_ fields: [String?]) -> [UInt8] {
        var bytes: [UInt8] = []
        for field in fields {
            guard let field else {
                bytes.append(0)
                continue
            }
            bytes.append(1)
            appendNumber(UInt64(field.utf8.count), to: &bytes)
            bytes += field.utf8
        }
        return bytes
    }

    /// Appends `number` to `bytes` as eight little-endian bytes.
    private static func appendNumber(_ number: UInt64, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: number.littleEndian) { bytes += $0 }
    }

    /// The label options in a text that does not depend on the order of a dictionary.
    private static func labelOptionsText(_ labels: LabelFiles.Options?) -> String {
        guard let labels else { return "no labels" }
        let sizes = LabelKind.allCases.map { "\($0.rawValue)=\(labels.size(of: $0))" }
        return "labels \(labels.languages) \(sizes) \(String(describing: labels.sheets))"
    }
}
