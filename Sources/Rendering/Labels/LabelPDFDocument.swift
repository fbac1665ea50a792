/// The PDF documents of labels and sheets: pages of one size, the label fonts embedded once,
/// and optionally one drawing (a form XObject, `/L0`) the pages place many times; the creator
/// and creation date are fixed, so that the same drawing gives the same bytes.
enum LabelPDFDocument {
    /// Points per millimetre.
    static let pointsPerMillimetre = 72 / 25.4

    /// Makes the rest of `content` draw in millimetres from the top left corner of a page or
    /// drawing `height` millimetres high, y growing downwards.
    static func useMillimetres(in content: inout PDFContent, height: Double) {
        content.write(pointsPerMillimetre, 0, 0, -pointsPerMillimetre, 0, height * pointsPerMillimetre, operator: "cm")
    }

    /// The document of `pages` (content streams in points) of `size` in millimetres, with the
    /// faces of `fonts` they and `form` show, and `form` (a drawing of its size, in points) as `/L0`.
    static func bytes(size: LabelSize, pages: [PDFContent], fonts: LabelPDFFonts, form: (content: PDFContent, size: LabelSize)? = nil)
        throws(LabelOutputError) -> [UInt8]
    {
        do {
            var file = PDFFile()
            let catalog = file.reserve(), pageTree = file.reserve(), info = file.reserve()
            let pageObjects = pages.map { _ in (page: file.reserve(), content: file.reserve()) }
            let fontEntry = try fonts.write(into: &file)
            var resources = "<< \(fontEntry)"
            if let form {
                let drawing = file.reserve()
                try file.writeStream(
                    drawing,
                    "/Type /XObject /Subtype /Form /BBox [0 0 \(points(form.size.width)) \(points(form.size.height))] /Resources << \(fontEntry) >>",
                    data: form.content.bytes)
                resources += " /XObject << /L0 \(drawing) 0 R >>"
            }
            resources += " >>"
            file.write(catalog, "<< /Type /Catalog /Pages \(pageTree) 0 R >>")
            file.write(
                pageTree,
                "<< /Type /Pages /Kids [\(pageObjects.map { "\($0.page) 0 R" }.joined(separator: " "))] /Count \(pages.count) "
                    + "/MediaBox [0 0 \(points(size.width)) \(points(size.height))] /Resources \(resources) >>")
            file.write(info, "<< /Creator (dpp) /CreationDate (D:20260101000000Z) >>")
            for (objects, page) in zip(pageObjects, pages) {
                file.write(objects.page, "<< /Type /Page /Parent \(pageTree) 0 R /Contents \(objects.content) 0 R >>")
                try file.writeStream(objects.content, data: page.bytes)
            }
            return file.finished(root: catalog, info: info)
        } catch {
            throw LabelOutputError(message: error.message)
        }
    }

    /// A length in millimetres in points, to four decimals.
    private static func points(_ millimetres: Double) -> String { PDFContent.number(millimetres * pointsPerMillimetre) }
}
