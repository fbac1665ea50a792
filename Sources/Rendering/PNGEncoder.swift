import CZlib

/// Writes black-and-white images as PNG files: 1-bit greyscale, one IDAT, deterministic bytes.
///
/// The file is the PNG signature, then IHDR, IDAT (the scanlines, each with filter type 0,
/// compressed by zlib at its default level) and IEND, each chunk closed by its CRC-32 (PNG, 3rd edition,
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

    /// A `width` × `height` 1-bit greyscale PNG in which `isBlack(x, y)` pixels are black.
    public static func bilevel(
        width: Int, height: Int, isBlack: (_ x: Int, _ y: Int) -> Bool
    ) throws(Failure) -> [UInt8] {
        guard (1...maximumSide).contains(width), (1...maximumSide).contains(height) else {
            throw .unsupportedDimensions(width: width, height: height)
        }
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        // Bit depth 1, colour type 0 (greyscale), deflate, adaptive filtering, no interlace.
        header += [1, 0, 0, 0, 0]

        var png = signature
        appendChunk("IHDR", header, to: &png)
        appendChunk("IDAT", try compressed(scanlines(width: width, height: height, isBlack: isBlack)), to: &png)
        appendChunk("IEND", [], to: &png)
        return png
    }

    /// The raw image data: per row a filter byte 0, then the pixels packed 8 to a byte, first pixel
    /// in the high bit, 1 for white.
    private static func scanlines(width: Int, height: Int, isBlack: (Int, Int) -> Bool) -> [UInt8] {
        let rowBytes = (width + 7) / 8
        var data = [UInt8](repeating: 0, count: (rowBytes + 1) * height)
        for y in 0..<height {
            let rowStart = y * (rowBytes + 1) + 1
            for x in 0..<width where !isBlack(x, y) {
                data[rowStart + x / 8] |= 0x80 >> UInt8(x % 8)
            }
        }
        return data
    }

    /// `data` as a zlib stream at zlib's default level (6), which on these images is both faster
    /// and smaller than level 9.
    private static func compressed(_ data: [UInt8]) throws(Failure) -> [UInt8] {
        var capacity = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &capacity, input.baseAddress, uLong(input.count), Z_DEFAULT_COMPRESSION)
            }
        }
        guard status == Z_OK else { throw .compressionFailed(status: status) }
        output.removeSubrange(Int(capacity)...)
        return output
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

extension [UInt8] {
    /// Appends `value` most significant byte first, as PNG stores every integer.
    fileprivate mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
    }
}
