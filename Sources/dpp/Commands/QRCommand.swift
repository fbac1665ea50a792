import Foundation
import Pipeline
import Rendering

/// `dpp qr`: writes one QR code as an SVG or PNG image.
enum QRCommand: Command {
    static let name = "qr"
    static let summary = "write one QR code as an SVG or PNG image"
    static let help = """
        Usage: dpp qr TEXT --out FILE.svg|FILE.png [--scale N] [--ec L|M|Q|H]

        Encodes TEXT (its UTF-8 bytes, case kept) as a QR code, the smallest version that holds it,
        and writes it to FILE with a quiet zone of 4 modules. The extension chooses the format:
        .svg (a vector image whose title is the text) or .png (1-bit greyscale). The file is
        written to a temporary file in the same folder, then renamed, so a reader never sees half
        an image.

        TEXT '-' reads standard input (at most \(standardInputLimit) bytes of UTF-8); one final
        line break is dropped. Put '--' before a TEXT that starts with '-'.

        Options:
          --out FILE   the image to write, ending in .svg or .png (required)
          --scale N    pixels per module, \(scaleRange.lowerBound) to \(scaleRange.upperBound) (default \(defaultScale))
          --ec LEVEL   error correction: L (7 %), M (15 %, the default), Q (25 %) or H (30 %)

        Exit codes: 0 written; 2 usage error, unreadable input, a text too long for a QR code,
        or a file that cannot be written; 3 internal error.

        """

    static let defaultScale = 8
    static let scaleRange = 1...64
    /// Far more than a QR code holds, so that a mistaken pipe is refused instead of read whole.
    static let standardInputLimit = 65_536

    /// The image formats, chosen by the output file's extension.
    enum ImageFormat: String {
        case svg, png
    }

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        guard let output = try arguments.option("--out") else {
            throw UsageError("--out FILE.svg or FILE.png is required")
        }
        let scale = try parseScale(try arguments.option("--scale"))
        let level = try parseLevel(try arguments.option("--ec"))
        let positionals = try arguments.positionals()
        guard positionals.count == 1, let argument = positionals.first else {
            throw UsageError(positionals.isEmpty ? "TEXT is required" : "expected one TEXT, got \(positionals.count)")
        }
        let fileExtension = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard let format = ImageFormat(rawValue: fileExtension) else {
            throw UsageError("cannot tell the image format of '\(output)': the file name must end in .svg or .png")
        }

        let text = argument == "-" ? try readStandardInput() : argument
        let code = try QRCode(encoding: text, errorCorrection: level)
        let image =
            switch format {
            case .svg: Array(code.svg(moduleSize: scale).utf8)
            case .png: try code.png(scale: scale)
            }
        try AtomicFile.write(image, to: output)
        console.out("wrote \(output): QR version \(code.version), level \(level.rawValue), \(code.size)×\(code.size) modules\n")
        return .success
    }

    private static func parseScale(_ word: String?) throws(UsageError) -> Int {
        guard let word else { return defaultScale }
        guard let scale = Int(word), scaleRange.contains(scale) else {
            throw UsageError("--scale must be a whole number from \(scaleRange.lowerBound) to \(scaleRange.upperBound), not '\(word)'")
        }
        return scale
    }

    private static func parseLevel(_ word: String?) throws(UsageError) -> QRErrorCorrection {
        guard let word else { return .medium }
        guard let level = QRErrorCorrection(rawValue: word.uppercased()) else {
            throw UsageError("--ec must be L, M, Q or H, not '\(word)'")
        }
        return level
    }

    /// Standard input as UTF-8 text, without one final line break.
    private static func readStandardInput() throws -> String {
        var bytes: [UInt8]
        switch InputFile.read("-", limit: standardInputLimit) {
        case .success(let read): bytes = read
        case .failure(let diagnostic): throw InputFailure(diagnostic)
        }
        if bytes.last == 0x0A { bytes.removeLast() }
        if bytes.last == 0x0D { bytes.removeLast() }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw QRCommandError.standardInputNotUTF8 }
        return text
    }
}

/// What stops `dpp qr` besides the command line, its input and the text's length.
enum QRCommandError: Error {
    case standardInputNotUTF8

    var message: String {
        switch self {
        case .standardInputNotUTF8: "standard input: the text is not valid UTF-8"
        }
    }
}
