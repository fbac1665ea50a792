/// The QR code as a scalable vector image.
extension QRCode {
    /// A compact, deterministic SVG image of the symbol.
    ///
    /// Dark modules are one `<path>` of horizontal runs (one rectangle per run of adjacent dark
    /// modules in a row) on a white square that includes the quiet zone; the view box counts
    /// modules, `width` and `height` are in pixels. `crispEdges` keeps module borders sharp.
    ///
    /// - Parameters:
    ///   - moduleSize: pixels per module in the `width` and `height` attributes, at least 1.
    ///   - quietZone: light modules around the symbol; the standard asks for 4.
    ///   - title: the accessible title; the encoded text when `nil`. Escaped for XML.
    public func svg(moduleSize: Int = 8, quietZone: Int = 4, title: String? = nil) -> String {
        precondition(moduleSize >= 1, "moduleSize must be at least 1")
        precondition(quietZone >= 0, "quietZone must not be negative")
        let side = size + 2 * quietZone
        let pixels = side * moduleSize
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(pixels)\" height=\"\(pixels)\" "
        svg += "viewBox=\"0 0 \(side) \(side)\" shape-rendering=\"crispEdges\">"
        svg += "<title>" + (title ?? text).markupEscaped + "</title>"
        svg += "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
        svg += "<path fill=\"#000\" d=\"" + darkRunsPath(offset: quietZone) + "\"/></svg>\n"
        return svg
    }

    /// Path data with one closed rectangle `M x y h n v 1 h -n z` per horizontal run of dark modules.
    private func darkRunsPath(offset: Int) -> String {
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < size, isDark(x: x, y: y) { x += 1 }
                let length = x - start
                path += "M\(start + offset) \(y + offset)h\(length)v1h-\(length)z"
            }
        }
        return path
    }
}
