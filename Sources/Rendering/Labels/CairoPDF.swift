import CCairo

/// PDF documents drawn with cairo: pages of a size in millimetres, drawn in millimetres,
/// with the fonts embedded as subsets and a fixed creation date, so that the same drawing
/// gives the same bytes.
enum CairoPDF {
    /// Points per millimetre.
    static let pointsPerMillimetre = 72 / 25.4

    /// The bytes of a PDF of `pageCount` pages of `size`, each drawn by `draw` on a context in millimetres.
    static func document(size: LabelSize, pageCount: Int, draw: (OpaquePointer, Int) -> Void) throws(LabelOutputError) -> [UInt8] {
        let sink = Sink()
        let unmanaged = Unmanaged.passUnretained(sink)
        let surface = cairo_pdf_surface_create_for_stream(
            { closure, data, length in
                guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().bytes.append(
                    contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
                return CAIRO_STATUS_SUCCESS
            }, unmanaged.toOpaque(), size.width * pointsPerMillimetre, size.height * pointsPerMillimetre)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2026-01-01T00:00:00Z")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "dpp")
        let context = cairo_create(surface)!
        cairo_scale(context, pointsPerMillimetre, pointsPerMillimetre)
        for page in 0..<pageCount {
            cairo_save(context)
            draw(context, page)
            cairo_restore(context)
            cairo_show_page(context)
        }
        let status = cairo_status(context)
        cairo_destroy(context)
        cairo_surface_finish(surface)
        let finished = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS, finished == CAIRO_STATUS_SUCCESS else {
            throw LabelOutputError(
                message: "cairo could not write the PDF: "
                    + String(cString: cairo_status_to_string(status == CAIRO_STATUS_SUCCESS ? finished : status)))
        }
        return sink.bytes
    }

    /// Collects what cairo writes.
    private final class Sink {
        var bytes: [UInt8] = []
    }
}
