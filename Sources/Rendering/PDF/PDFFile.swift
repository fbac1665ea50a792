/// A PDF file (ISO 32000-1, section 7.5) written object by object: numbers are reserved before
/// the objects that refer to them are written, and the cross-reference table is built from
/// where each object landed.
struct PDFFile {
    /// The file so far: the header, then each object as it was written.
    private(set) var bytes: [UInt8] = Array("%PDF-1.5\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
    /// Where each object starts, by object number − 1; `nil` until it is written.
    private var offsets: [Int?] = []

    /// A new object number, for an object written later.
    mutating func reserve() -> Int {
        offsets.append(nil)
        return offsets.count
    }

    /// Writes object `number`: `body`, a dictionary or another direct object.
    mutating func write(_ number: Int, _ body: String) {
        begin(number)
        bytes += Array(body.utf8)
        bytes += Array("\nendobj\n".utf8)
    }

    /// Writes object `number` as a stream of `data` compressed fast with `FlateDecode`, its
    /// dictionary holding `entries` (without `/Length` and `/Filter`) besides.
    mutating func writeStream(_ number: Int, _ entries: String = "", data: [UInt8]) throws(PDFError) {
        writeStream(number, entries, compressed: try Self.compressed(data, effort: .fast))
    }

    /// Writes object `number` as a `FlateDecode` stream of `compressed`, data ``compressed(_:)`` made.
    mutating func writeStream(_ number: Int, _ entries: String = "", compressed: [UInt8]) {
        begin(number)
        bytes += Array("<< /Length \(compressed.count) /Filter /FlateDecode\(entries.isEmpty ? "" : " " + entries) >>\nstream\n".utf8)
        bytes += compressed
        bytes += Array("\nendstream\nendobj\n".utf8)
    }

    /// `data` as a `FlateDecode` stream holds it, compressed with `effort`.
    static func compressed(_ data: [UInt8], effort: ZlibCompression.Effort) throws(PDFError) -> [UInt8] {
        switch ZlibCompression.compressed(data, effort: effort) {
        case .success(let bytes): bytes
        case .failure(let status): throw PDFError(message: "zlib could not compress a PDF stream (status \(status.code))")
        }
    }

    /// The finished file: the cross-reference table and the trailer naming `root` (the
    /// catalogue) and `info` (the document information dictionary).
    func finished(root: Int, info: Int) -> [UInt8] {
        precondition(!offsets.contains(nil), "every reserved object is written")
        var file = bytes
        let table = file.count
        var xref = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset!)
            xref += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        xref += "trailer\n<< /Size \(offsets.count + 1) /Root \(root) 0 R /Info \(info) 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        file += Array(xref.utf8)
        return file
    }

    private mutating func begin(_ number: Int) {
        precondition(offsets[number - 1] == nil, "object \(number) is written once")
        offsets[number - 1] = bytes.count
        bytes += Array("\(number) 0 obj\n".utf8)
    }
}

/// A PDF that could not be written.
struct PDFError: Error, Sendable, Equatable {
    var message: String
}
