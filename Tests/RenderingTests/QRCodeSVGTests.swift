import Foundation
import Rendering
import TestSupport
import Testing

/// The SVG image of a QR code: its frame, its path, and the escaping of every string in it.
@Suite struct QRCodeSVGTests {
    static let hostile = "https://example.com/10/<script>alert('x')</script>&lot=\"A&B\""

    @Test func frameCountsModulesAndPixels() throws {
        let code = try QRCode(encoding: QRCodeTests.digitalLink)
        let svg = code.svg(moduleSize: 5, quietZone: 4)
        let side = code.size + 8
        #expect(
            svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(side * 5)\" height=\"\(side * 5)\" viewBox=\"0 0 \(side) \(side)\""))
        #expect(svg.contains("shape-rendering=\"crispEdges\""))
        #expect(svg.contains("<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"))
        #expect(svg.components(separatedBy: "<path ").count == 2, "exactly one path")
        #expect(svg.contains("<path stroke=\"#000\" d=\"M4 4.5h7m"), "the top-left finder starts the path")
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test(arguments: [0, 1, 4])
    func pathDrawsExactlyTheDarkModulesInMaximalRuns(quietZone: Int) throws {
        let code = try QRCode(encoding: QRCodeTests.digitalLink)
        let runs = try Self.runs(in: code.svg(quietZone: quietZone))
        var dark = Set<[Int]>()
        for run in runs {
            #expect(run.length >= 1)
            for x in run.x..<(run.x + run.length) {
                #expect(dark.insert([x - quietZone, run.y - quietZone]).inserted, "module drawn twice")
            }
            // A maximal run has light modules (or the edge) on both sides.
            let darkBefore = code.isDark(x: run.x - quietZone - 1, y: run.y - quietZone)
            let darkAfter = code.isDark(x: run.x - quietZone + run.length, y: run.y - quietZone)
            #expect(!darkBefore && !darkAfter, "run at (\(run.x), \(run.y)) is not maximal")
        }
        for y in 0..<code.size {
            for x in 0..<code.size {
                let drawn = dark.contains([x, y]), isDark = code.isDark(x: x, y: y)
                #expect(drawn == isDark, "module (\(x), \(y))")
            }
        }
    }

    @Test(.requiring(tool: "python3", debianPackage: "python3"))
    func titleEscapesMarkupAndAnXMLParserReadsTheTextBack() throws {
        let code = try QRCode(encoding: Self.hostile)
        let svg = code.svg()
        #expect(!svg.contains("<script"))
        #expect(svg.contains("<title>https://example.com/10/&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&amp;lot=&quot;A&amp;B&quot;</title>"))
        #expect(try Self.titleReadByPython(svg) == Self.hostile)
    }

    @Test func aGivenTitleIsEscapedToo() throws {
        let svg = try QRCode(encoding: "x").svg(title: "Lot <b>&'\"")
        #expect(svg.contains("<title>Lot &lt;b&gt;&amp;&apos;&quot;</title>"))
    }

    @Test(.requiring(tool: "python3", debianPackage: "python3"))
    func charactersXMLForbidsBecomeReplacementCharacters() throws {
        let text = "lot\u{1}\u{8}\u{FFFF}end\ttab"
        let svg = try QRCode(encoding: text).svg()
        #expect(svg.contains("<title>lot\u{FFFD}\u{FFFD}\u{FFFD}end\ttab</title>"))
        #expect(try Self.titleReadByPython(svg) == "lot\u{FFFD}\u{FFFD}\u{FFFD}end\ttab")
    }

    @Test func theSameCodeGivesTheSameBytes() throws {
        #expect(try QRCode(encoding: Self.hostile).svg() == QRCode(encoding: Self.hostile).svg())
    }

    /// The runs the path strokes, read by following the pen through `M x y.5`, `m dx dy` and `h n`.
    static func runs(in svg: String) throws -> [(x: Int, y: Int, length: Int)] {
        let data = try #require(svg.firstMatch(of: /<path stroke="#000" d="([^"]*)"\/>/)?.1)
        let first = try #require(data.prefixMatch(of: /M(\d+) (\d+)\.5/), "the path must start with an absolute move")
        var pen = (x: Int(first.1)!, y: Int(first.2)!)
        var runs: [(x: Int, y: Int, length: Int)] = []
        var rest = data[first.range.upperBound...]
        while !rest.isEmpty {
            if let line = rest.prefixMatch(of: /h(\d+)/) {
                runs.append((pen.x, pen.y, Int(line.1)!))
                pen.x += Int(line.1)!
                rest = rest[line.range.upperBound...]
            } else {
                let move = try #require(rest.prefixMatch(of: /m(-?\d+) (-?\d+)/), "unexpected path data \(rest.prefix(40))")
                pen = (pen.x + Int(move.1)!, pen.y + Int(move.2)!)
                rest = rest[move.range.upperBound...]
            }
        }
        return runs
    }

    /// The `<title>` text as Python's XML parser reads it; fails when the SVG is not well-formed XML.
    static func titleReadByPython(_ svg: String) throws -> String {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("qr.svg", svg)
        let script = """
            import sys, xml.etree.ElementTree as ET
            title = ET.parse(sys.argv[1]).getroot().find("{http://www.w3.org/2000/svg}title")
            sys.stdout.buffer.write(title.text.encode("utf-8"))
            """
        let output = try OutsideTool.run("python3", ["-c", script, file])
        #expect(output.status == 0, "python could not parse the SVG: \(output.stderr)")
        return output.stdout
    }
}
