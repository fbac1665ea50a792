/// A PDF content stream being written (ISO 32000-1, 8 and 9): operands and operators as bytes,
/// numbers with at most four decimals and never an exponent.
struct PDFContent {
    private(set) var bytes: [UInt8] = []

    /// Writes `operands` and then `operator`, on a line of their own.
    mutating func write(_ operands: Double..., operator: String) {
        for operand in operands {
            Self.appendNumber(operand, to: &bytes)
            bytes.append(0x20)
        }
        bytes.append(contentsOf: `operator`.utf8)
        bytes.append(0x0A)
    }

    /// Writes the rectangle of whole numbers `x y width height re` (a QR code's run of modules),
    /// as ``write(_:operator:)`` writes it, without making an array of operands.
    mutating func rectangle(x: Int, y: Int, width: Int, height: Int) {
        bytes.appendDecimal(x)
        bytes.append(0x20)
        bytes.appendDecimal(y)
        bytes.append(0x20)
        bytes.appendDecimal(width)
        bytes.append(0x20)
        bytes.appendDecimal(height)
        bytes.append(contentsOf: " re\n".utf8)
    }

    /// Writes `line` as it is (operators with names or no operands), then a line break.
    mutating func write(_ line: String) {
        bytes.append(contentsOf: line.utf8)
        bytes.append(0x0A)
    }

    /// Selects the font resource `name` (without its slash) at `size`.
    mutating func setFont(_ name: String, size: Double) {
        bytes += Array("/\(name) ".utf8)
        write(size, operator: "Tf")
    }

    /// Shows `codes` (2-byte character codes of a Type 0 font) as one hexadecimal string.
    mutating func show(_ codes: [UInt16]) {
        bytes.append(UInt8(ascii: "<"))
        for code in codes {
            for shift: UInt16 in stride(from: 12, through: 0, by: -4) { bytes.append(Self.hexDigit(UInt8(code >> shift & 0xF))) }
        }
        bytes.append(contentsOf: "> Tj\n".utf8)
    }

    /// The uppercase hexadecimal digit of `value` (0 to 15).
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }

    /// `value` as a PDF number rounded to four decimals: `-12.5`, `0.0394`, `3` (an infinity or
    /// NaN, which no drawing has, as `0`).
    static func number(_ value: Double) -> String {
        var bytes: [UInt8] = []
        appendNumber(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``number(_:)`` of `value` to `bytes`: its whole part, then its decimals without trailing zeros.
    private static func appendNumber(_ value: Double, to bytes: inout [UInt8]) {
        let scaled = (value * 10_000).rounded()
        guard scaled.magnitude < 9e15 else {
            // No decimals beyond 10¹¹ (no label's length); no number at all for what is not one.
            bytes += Array((value.magnitude < 9e18 ? String(Int(value.rounded())) : "0").utf8)
            return
        }
        var units = Int(scaled)
        if units < 0 {
            bytes.append(UInt8(ascii: "-"))
            units = -units
        }
        bytes.appendDecimal(units / 10_000)
        var fraction = units % 10_000
        guard fraction != 0 else { return }
        var width = 4
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        bytes.append(UInt8(ascii: "."))
        bytes.appendDecimal(fraction, minimumWidth: width)
    }
}
