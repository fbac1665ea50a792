import CCairo

/// A laid-out label as a one-page PDF of its exact size, drawn with cairo: the QR code's dark
/// modules as filled rectangles and each line as text in the embedded label font.
extension LabelLayout {
    /// The label as a PDF document.
    public func pdf() throws(LabelOutputError) -> [UInt8] {
        try CairoPDF.document(size: size, pageCount: 1) { context, _ in draw(in: context) }
    }

    /// Draws the label with its top left corner at the context's origin, in millimetres.
    func draw(in context: OpaquePointer) {
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_rectangle(context, 0, 0, size.width, size.height)
        cairo_fill(context)
        cairo_set_source_rgb(context, 0, 0, 0)
        let quiet = Double(PrintQuality.quietZoneModules)
        for y in 0..<code.size {
            var x = 0
            while x < code.size {
                guard code.isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < code.size, code.isDark(x: x, y: y) { x += 1 }
                cairo_rectangle(
                    context, qrOrigin.x + (Double(start) + quiet) * moduleSize, qrOrigin.y + (Double(y) + quiet) * moduleSize,
                    Double(x - start) * moduleSize, moduleSize)
            }
        }
        cairo_fill(context)
        for line in lines {
            LabelFont.select(line.bold ? .bold : .regular, size: textSize, in: context)
            cairo_move_to(context, line.x, line.baseline)
            cairo_show_text(context, line.text)
        }
    }
}
