import Foundation
import TestSupport
import Testing

/// `dpp qr` run as a user would: images that decode, and every way the command line can go wrong.
@Suite final class QRCommandTests {
    static let digitalLink = "https://id.gs1.org/01/09521234000013/10/LOT-2026-001"

    /// A fresh folder for each test's files.
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    deinit { folder.remove() }

    /// Width and height from a PNG's IHDR, which always starts at byte 16.
    static func pngSide(_ file: URL) throws -> (Int, Int) {
        let bytes = [UInt8](try Data(contentsOf: file))
        try #require(bytes.count > 24 && String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR")
        let read = { (offset: Int) in bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (read(16), read(20))
    }

    @Test(.requiring(tool: "zbarimg", debianPackage: "zbar-tools"))
    func pngDecodesToTheText() throws {
        let out = folder.file("qr.png")
        let result = try DPPProcess.run(["qr", Self.digitalLink, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("QR version 4, level M, 33×33 modules"))
        #expect(try OutsideTool.zbarDecode(out) == Array(Self.digitalLink.utf8))
    }

    // 52 bytes need version 4 at level M (ISO/IEC 18004 table 7: version 3-M holds 42 bytes, 4-M 62):
    // 33 modules and 4 of quiet zone on each side, at 2 pixels per module.
    @Test func scaleSetsPixelsPerModule() throws {
        let out = folder.file("qr.PNG")
        let result = try DPPProcess.run(["qr", Self.digitalLink, "--out", out.path, "--scale", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let side = try Self.pngSide(out)
        #expect(side == (82, 82))
    }

    @Test func higherErrorCorrectionNeedsALargerSymbol() throws {
        var sides: [Int] = []
        for level in ["L", "h"] {
            let out = folder.file("\(level).png")
            let result = try DPPProcess.run(["qr", Self.digitalLink, "--out", out.path, "--scale", "1", "--ec", level])
            #expect(result.status == 0, "\(result.stderr)")
            sides.append(try Self.pngSide(out).0)
        }
        // 52 bytes (ISO/IEC 18004 table 7): version 3 at L (2-L holds 32, 3-L 53), version 6 at H (5-H 44, 6-H 58).
        #expect(sides == [29 + 8, 41 + 8])
    }

    @Test func svgHasTheTextEscapedInItsTitle() throws {
        let out = folder.file("qr.svg")
        let text = "https://example.com/01/09521234000013/10/<script>&x"
        let result = try DPPProcess.run(["qr", text, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOf: out, encoding: .utf8)
        #expect(svg.hasPrefix("<svg "))
        #expect(svg.contains("<title>https://example.com/01/09521234000013/10/&lt;script&gt;&amp;x</title>"))
        #expect(!svg.contains("<script"))
    }

    @Test(.requiring(tool: "zbarimg", debianPackage: "zbar-tools"))
    func dashReadsStandardInputWithoutItsFinalLineBreak() throws {
        let out = folder.file("qr.png")
        let text = "Ноолуур LOT 2026%2F001"
        let result = try DPPProcess.run(["qr", "-", "--out", out.path], input: .bytes(Data((text + "\n").utf8)))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try OutsideTool.zbarDecode(out) == Array(text.utf8))
    }

    @Test func invalidUTF8OnStandardInputIsRefused() throws {
        let out = folder.file("qr.png")
        let result = try DPPProcess.run(["qr", "-", "--out", out.path], input: .bytes(Data([0x61, 0xFF, 0xFE])))
        #expect(result.status == 2)
        #expect(result.stderr.contains("not valid UTF-8"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func hugeStandardInputIsRefusedWithoutReadingItAll() throws {
        // A 10 MB file as standard input (a pipe would end the writer with SIGPIPE when dpp stops reading).
        try folder.write("input.txt", bytes: [UInt8](repeating: 0x61, count: 10_000_000))
        let result = try DPPProcess.run(["qr", "-", "--out", folder.path("qr.png")], input: .file(folder.file("input.txt")))
        #expect(result.status == 2)
        #expect(result.stderr.contains("more than the limit of 65536 bytes [INPUT-TOO-LARGE]"), "\(result.stderr)")
        #expect(try folder.names() == ["input.txt"])
    }

    @Test func aTextTooLongForAQRCodeLeavesTheOldFileAlone() throws {
        let out = folder.file("qr.svg")
        try folder.write("qr.svg", "previous")
        let result = try DPPProcess.run(["qr", String(repeating: "a", count: 1664), "--out", out.path, "--ec", "Q"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("1664 bytes"))
        #expect(result.stderr.contains("at most 1663 bytes"))
        #expect(try String(contentsOf: out, encoding: .utf8) == "previous")
        #expect(try folder.names() == ["qr.svg"])
    }

    @Test func anExistingFileIsReplacedAndNoTemporaryFileStays() throws {
        let out = folder.file("qr.svg")
        try folder.write("qr.svg", "previous")
        let result = try DPPProcess.run(["qr", Self.digitalLink, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix("<svg "))
        #expect(try folder.names() == ["qr.svg"])
    }

    @Test func theSameTextGivesTheSameFile() throws {
        for name in ["a.png", "b.png"] {
            _ = try DPPProcess.run(["qr", Self.digitalLink, "--out", folder.file(name).path])
        }
        let first = try Data(contentsOf: folder.file("a.png"))
        #expect(first.count > 100)
        #expect(try Data(contentsOf: folder.file("b.png")) == first)
    }

    @Test func aMissingFolderOrAFolderAsTheFileIsReported() throws {
        let missing = try DPPProcess.run(["qr", "x", "--out", folder.file("no/qr.png").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("does not exist"))
        let directory = folder.file("images.png")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        let onDirectory = try DPPProcess.run(["qr", "x", "--out", directory.path])
        #expect(onDirectory.status == 2)
        #expect(onDirectory.stderr.contains("cannot write the file: Is a directory"))
        #expect(try folder.names() == ["images.png"])
    }

    @Test(arguments: [
        (["qr", "x"], "--out FILE.svg or FILE.png is required"),
        (["qr", "--out", "qr.png"], "TEXT is required"),
        (["qr", "x", "y", "--out", "qr.png"], "expected one TEXT, got 2"),
        (["qr", "x", "--out", "qr.gif"], "must end in .svg or .png"),
        (["qr", "x", "--out", "qr"], "must end in .svg or .png"),
        (["qr", "x", "--out", "qr.png", "--ec", "X"], "--ec must be L, M, Q or H"),
        (["qr", "x", "--out", "qr.png", "--scale", "0"], "--scale must be a whole number from 1 to 64"),
        (["qr", "x", "--out", "qr.png", "--scale", "65"], "--scale must be a whole number from 1 to 64"),
        (["qr", "x", "--out", "qr.png", "--scale", "two"], "--scale must be a whole number from 1 to 64"),
        (["qr", "x", "--out", "qr.png", "--colour", "red"], "unknown option --colour"),
        (["qr", "", "--out", "qr.png"], "the text to encode is empty"),
    ])
    func usageErrorsExitTwoAndWriteNothing(arguments: [String], message: String) throws {
        let result = try DPPProcess.run(arguments, in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        #expect(try folder.names().isEmpty)
    }

    @Test func helpDescribesTheCommand() throws {
        let result = try DPPProcess.run(["qr", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Usage: dpp qr TEXT --out FILE.svg|FILE.png"))
    }
}
