/// The escape SpreadsheetML puts in text (ECMA-376 Part 1 §22.9.2.19, ST_Xstring): `_xHHHH_` is
/// the UTF-16 code unit HHHH, so Excel writes a carriage return as `_x000D_`, and text that
/// holds such a pattern as typed has its underscore escaped (`_x005F_x0041_` is `_x0041_`).
enum XstringEscapes {
    /// `text` with each `_xHHHH_` turned into its code unit (a lone surrogate becomes U+FFFD), as Excel reads it.
    static func decoded(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let units = Array(text.utf16)
        var output: [UInt16] = []
        output.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if let unit = escapedUnit(units, at: index) {
                output.append(unit)
                index += patternLength
            } else {
                output.append(units[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF16.self)
    }

    /// `text` with the underscore of each `_xHHHH_` it holds escaped as `_x005F_`, so that
    /// Excel, LibreOffice and openpyxl read the pattern as typed rather than as an escape.
    static func protected(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let units = Array(text.utf16)
        var output: [UInt16] = []
        output.reserveCapacity(units.count + 6)
        for index in units.indices {
            if escapedUnit(units, at: index) != nil { output += "_x005F".utf16 }
            output.append(units[index])
        }
        return String(decoding: output, as: UTF16.self)
    }

    /// `_xHHHH_`: seven code units.
    private static let patternLength = 7

    /// The code unit of the `_xHHHH_` starting at `index`, if one does.
    private static func escapedUnit(_ units: [UInt16], at index: Int) -> UInt16? {
        guard index + patternLength <= units.count, units[index] == 0x5F, units[index + 1] == 0x78, units[index + 6] == 0x5F else { return nil }
        var value: UInt16 = 0
        for unit in units[(index + 2)..<(index + 6)] {
            guard let scalar = Unicode.Scalar(unit), let digit = Character(scalar).hexDigitValue else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
