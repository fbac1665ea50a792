/// The QR code as a raster image.
extension QRCode {
    /// A deterministic 1-bit greyscale PNG of the symbol, `scale` pixels per module.
    ///
    /// - Parameters:
    ///   - scale: pixels per module side, at least 1.
    ///   - quietZone: light modules around the symbol; the standard asks for 4.
    /// - Throws: ``PNGEncoder/Failure`` when the image would be larger than ``PNGEncoder/maximumSide``.
    public func png(scale: Int = 8, quietZone: Int = 4) throws(PNGEncoder.Failure) -> [UInt8] {
        precondition(scale >= 1, "scale must be at least 1")
        precondition(quietZone >= 0, "quietZone must not be negative")
        let side = size + 2 * quietZone
        return try PNGEncoder.bilevel(width: side, height: side, scale: scale) { x, y in
            isDark(x: x - quietZone, y: y - quietZone)
        }
    }
}
