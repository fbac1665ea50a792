/// A laid-out label as an SVG image of its size in millimetres (one user unit is 1 mm): a
/// white ground, the QR code's dark modules as one path, and each line as a `<text>` in the
/// label font, every string escaped.
extension LabelLayout {
    /// The label as a standalone SVG document.
    public var svg: String {
        let width = Self.number(size.width)
        let height = Self.number(size.height)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)mm\" height=\"\(height)mm\" viewBox=\"0 0 \(width) \(height)\">"
        svg += "<title>" + code.text.markupEscaped + "</title>"
        svg += body
        return svg + "</svg>\n"
    }

    /// The label's drawing without the `<svg>` element, for a sheet to place.
    var body: String {
        var svg = "<rect width=\"\(Self.number(size.width))\" height=\"\(Self.number(size.height))\" fill=\"#fff\"/>"
        let offset = PrintQuality.quietZoneModules
        svg += "<path transform=\"translate(\(Self.number(qrOrigin.x)) \(Self.number(qrOrigin.y))) scale(\(Self.number(moduleSize)))\" "
        svg += "stroke=\"#000\" shape-rendering=\"crispEdges\" d=\"" + code.darkRunsPath(offset: offset) + "\"/>"
        svg += "<g font-family=\"\(LabelFont.family)\" font-size=\"\(Self.number(textSize))\" fill=\"#000\">"
        for line in lines {
            svg += "<text x=\"\(Self.number(line.x))\" y=\"\(Self.number(line.baseline))\"\(line.bold ? " font-weight=\"bold\"" : "")>"
            svg += line.text.markupEscaped + "</text>"
        }
        return svg + "</g>"
    }

    /// A length with at most four decimals, as SVG writes numbers.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
