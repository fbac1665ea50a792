/// A laid-out label as a one-page PDF of its exact size: the QR code's dark modules as filled
/// rectangles and each line as text in the label font, embedded as a subset of its glyphs.
extension LabelLayout {
    /// The label as a PDF document.
    public func pdf() throws(LabelOutputError) -> [UInt8] {
        var fonts = try LabelPDFFonts()
        var page = PDFContent()
        LabelPDFDocument.useMillimetres(in: &page, height: size.height)
        draw(into: &page, fonts: &fonts)
        return try LabelPDFDocument.bytes(size: size, pages: [page], fonts: fonts)
    }

    /// Draws the label with its top left corner at the origin of `content`, which is in
    /// millimetres with y growing downwards.
    func draw(into content: inout PDFContent, fonts: inout LabelPDFFonts) {
        content.write("1 g")
        content.write(0, 0, size.width, size.height, operator: "re")
        content.write("f")
        content.write("0 g")
        // The symbol in modules: each run of dark modules is a rectangle of whole numbers.
        let quiet = Double(PrintQuality.quietZoneModules)
        content.write("q")
        content.write(moduleSize, 0, 0, moduleSize, qrOrigin.x + quiet * moduleSize, qrOrigin.y + quiet * moduleSize, operator: "cm")
        for y in 0..<code.size {
            var x = 0
            while x < code.size {
                guard code.isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < code.size, code.isDark(x: x, y: y) { x += 1 }
                content.rectangle(x: start, y: y, width: x - start, height: 1)
            }
        }
        content.write("f")
        content.write("Q")
        for line in lines {
            fonts.show(line.text, weight: line.bold ? .bold : .regular, size: textSize, x: line.x, baseline: line.baseline, in: &content)
        }
    }
}
