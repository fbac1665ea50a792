import CCairo

/// The label typeface, DejaVu Sans from Debian's `fonts-dejavu-core` found through fontconfig,
/// as cairo's toy text API selects it: the advance widths that wrap the label's lines, and
/// whether it has a glyph for every character of a text. The SVG names the same family and
/// the PDF embeds the same file, so what is measured is what is printed.
///
/// One measurer holds a cairo context of its own: make one per layout, on one thread.
final class LabelFont {
    /// The family name SVG and cairo ask fontconfig for.
    static let family = "DejaVu Sans"

    /// Whether text is set in the bold face.
    enum Weight: Sendable {
        case regular, bold
    }

    /// The font size fonts are measured at; widths scale linearly.
    private static let measuringSize = 1000.0
    private let surface: OpaquePointer
    private let context: OpaquePointer

    init() {
        surface = cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1)
        context = cairo_create(surface)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// The width of `text` set at `size` (both in the same unit, millimetres on a label).
    func width(of text: String, size: Double, weight: Weight) -> Double {
        Self.select(weight, size: Self.measuringSize, in: context)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        return extents.x_advance * size / Self.measuringSize
    }

    /// The first character of `text` the regular face has no glyph for, if any.
    func firstMissingGlyph(in text: String) -> Character? {
        Self.select(.regular, size: Self.measuringSize, in: context)
        let font = cairo_get_scaled_font(context)
        return text.first { character in
            var glyphs: UnsafeMutablePointer<cairo_glyph_t>?
            var count: Int32 = 0
            let status = cairo_scaled_font_text_to_glyphs(font, 0, 0, String(character), -1, &glyphs, &count, nil, nil, nil)
            defer { cairo_glyph_free(glyphs) }
            guard status == CAIRO_STATUS_SUCCESS, let glyphs else { return true }
            return (0..<Int(count)).contains { glyphs[$0].index == 0 }
        }
    }

    /// Selects the label face of `weight` at `size` in a cairo context.
    static func select(_ weight: Weight, size: Double, in context: OpaquePointer) {
        cairo_select_font_face(context, family, CAIRO_FONT_SLANT_NORMAL, weight == .bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, size)
    }
}
