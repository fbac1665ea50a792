/// The QR code as a scalable vector image.
extension QRCode {
    /// A compact, deterministic SVG image of the symbol.
    ///
    /// Dark modules are one `<path>` of horizontal strokes, one per run of adjacent dark modules
    /// in a row, one module wide along the row's middle, each move relative to the end of the
    /// previous run; under it a white square covers the quiet zone. The view box counts modules,
    /// `width` and `height` are pixels. `crispEdges` keeps module borders sharp.
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
        svg += "<path stroke=\"#000\" d=\"" + darkRunsPath(offset: quietZone) + "\"/></svg>\n"
        return svg
    }

    /// Path data such as `M4 4.5h7m1 0h4m-12 1h1`: an absolute move to the middle of the first
    /// run's first module, then for each run a horizontal line and a relative move to the next.
    /// Written as bytes: a symbol has hundreds of runs.
    func darkRunsPath(offset: Int) -> String {
        var path: [UInt8] = []
        path.reserveCapacity(size * size)
        var pen: (x: Int, y: Int)?
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < size, isDark(x: x, y: y) { x += 1 }
                if let pen {
                    path.append(UInt8(ascii: "m"))
                    path.appendDecimal(start - pen.x)
                    path.append(UInt8(ascii: " "))
                    path.appendDecimal(y - pen.y)
                } else {
                    path.append(UInt8(ascii: "M"))
                    path.appendDecimal(start + offset)
                    path.append(UInt8(ascii: " "))
                    path.appendDecimal(y + offset)
                    path += ".5".utf8
                }
                path.append(UInt8(ascii: "h"))
                path.appendDecimal(x - start)
                pen = (x, y)
            }
        }
        return String(decoding: path, as: UTF8.self)
    }
}
