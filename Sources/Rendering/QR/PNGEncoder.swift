import CZlib

/// Writes black-and-white images as PNG files: 1-bit greyscale, one IDAT, deterministic bytes.
///
/// The file is the PNG signature, then IHDR, IDAT (the scanlines, each with filter type 0,
/// compressed by zlib at its fastest level: a QR code's image in a seventh of the default's
/// time, 666 bytes against 361) and IEND, each chunk closed by its CRC-32 (PNG, 3rd edition,
/// sections 5 and 11).
public enum PNGEncoder {
    /// The longest side accepted, in pixels; a bigger bilevel image is a mistake, not a label.
    public static let maximumSide = 16_384

    /// Why an image could not be written.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// A side is below 1 or above ``PNGEncoder/maximumSide``.
        case unsupportedDimensions(width: Int, height: Int)
        /// zlib's `compress2` returned this status (only out of memory is expected).
        case compressionFailed(status: Int32)

        public var description: String {
            switch self {
            case let .unsupportedDimensions(width, height):
                "a PNG of \(width)×\(height) pixels is not supported (each side from 1 to \(PNGEncoder.maximumSide))"
            case let .compressionFailed(status):
                "zlib could not compress the image (status \(status))"
            }
        }
    }

    /// The 8 bytes every PNG file starts with.
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// A 1-bit greyscale PNG of a grid of `width` × `height` cells, each `scale` × `scale` pixels,
    /// black where `isBlack(x, y)` (cell coordinates).
    ///
    /// `isBlack` is asked once per cell, and each row of cells is packed once and repeated, so a
    /// scaled-up grid such as a QR code costs little more than its cells.
    /// - Throws: ``Failure/unsupportedDimensions(width:height:)`` (in pixels) when a side is
    ///   below 1 or above ``maximumSide``.
    public static func bilevel(
        width: Int, height: Int, scale: Int = 1, isBlack: (_ x: Int, _ y: Int) -> Bool
    ) throws(Failure) -> [UInt8] {
        precondition(scale >= 1, "scale must be at least 1")
        let pixelWidth = saturatingProduct(width, scale), pixelHeight = saturatingProduct(height, scale)
        guard (1...maximumSide).contains(pixelWidth), (1...maximumSide).contains(pixelHeight) else {
            throw .unsupportedDimensions(width: pixelWidth, height: pixelHeight)
        }
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(pixelWidth))
        header.appendBigEndian(UInt32(pixelHeight))
        // Bit depth 1, colour type 0 (greyscale), deflate, adaptive filtering, no interlace.
        header += [1, 0, 0, 0, 0]

        let raw = scanlines(width: width, height: height, scale: scale, isBlack: isBlack)
        var png = signature
        appendChunk("IHDR", header, to: &png)
        let compressed: [UInt8]
        switch ZlibCompression.compressed(raw, effort: .fast) {
        case .success(let bytes): compressed = bytes
        case .failure(let status): throw .compressionFailed(status: status.code)
        }
        appendChunk("IDAT", compressed, to: &png)
        appendChunk("IEND", [], to: &png)
        return png
    }

    /// `a × b`, or `Int.max` when that overflows.
    private static func saturatingProduct(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? .max : product
    }

    /// The raw image data: per pixel row a filter byte 0, then the pixels packed 8 to a byte,
    /// first pixel in the high bit, 1 for white.
    private static func scanlines(width: Int, height: Int, scale: Int, isBlack: (Int, Int) -> Bool) -> [UInt8] {
        let pixelWidth = width * scale
        let lineLength = 1 + (pixelWidth + 7) / 8
        var data: [UInt8] = []
        data.reserveCapacity(lineLength * height * scale)
        var cells = [Bool](repeating: false, count: width)
        var line = [UInt8](repeating: 0, count: lineLength)
        for y in 0..<height {
            for x in 0..<width { cells[x] = isBlack(x, y) }
            for index in line.indices { line[index] = 0 }
            // A white cell's `scale` pixels set one after the other: no division a pixel.
            var pixel = 0
            for isBlack in cells {
                guard !isBlack else {
                    pixel += scale
                    continue
                }
                for _ in 0..<scale {
                    line[1 + pixel >> 3] |= 0x80 >> UInt8(pixel & 7)
                    pixel += 1
                }
            }
            for _ in 0..<scale { data += line }
        }
        return data
    }

    /// Appends the chunk: length, type, data, CRC-32 of type and data.
    private static func appendChunk(_ type: String, _ data: [UInt8], to png: inout [UInt8]) {
        let typeAndData = Array(type.utf8) + data
        png.appendBigEndian(UInt32(data.count))
        png += typeAndData
        let crc = typeAndData.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        png.appendBigEndian(UInt32(crc))
    }
}
