import Foundation
import TestSupport
import Testing

/// Long commands show progress on one updating line when standard error is a terminal, and
/// never otherwise or with `--quiet`. The terminal is a real pseudo-terminal made by `script(1)`.
@Suite struct ProgressTests {
    static let fixtures = PackageFolders.root.appendingPathComponent("Fixtures/demo")
    /// Clears the line before each redraw: the mark of a progress line.
    static let redraw = "\r\u{1B}[K"

    /// Runs `dpp arguments` with standard output and error on a pseudo-terminal; what it printed.
    static func runOnTerminal(_ arguments: [String]) throws -> String {
        let command = ([DPPProcess.executable.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        let result = try OutsideTool.run("script", ["-qec", command, "/dev/null"])
        return result.stdout
    }

    static func commands(_ folder: TemporaryFolder) -> [(name: String, arguments: [String], progress: String)] {
        let events = fixtures.appendingPathComponent("events.xml").path
        return [
            (
                "generate",
                [
                    "generate", "--catalog", fixtures.appendingPathComponent("catalog.json").path, "--events", events,
                    "--out", folder.path("site"), "--at", "2026-09-01",
                ], "generating passports: 6/6"
            ),
            ("events", ["events", "check", events], "1 event file read, 67 events"),
            ("trace", ["trace", "--events", events, "https://id.gs1.org/01/09521234000112/10/KC-SW-2026-001"], "1 event file read, 67 events"),
        ]
    }

    @Test(arguments: ["generate", "events", "trace", "validate", "verify"])
    func aTerminalGetsAProgressLineThatEndsCleared(_ name: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (arguments, progress) = try Self.arguments(name, folder)
        let output = try Self.runOnTerminal(arguments)
        #expect(output.contains(Self.redraw) && output.contains(progress), "\(name): \(output.debugDescription)")
        // The last redraw only clears the line: what follows is the report (whole lines), not progress.
        let afterLastRedraw = try #require(output.components(separatedBy: Self.redraw).last)
        #expect(afterLastRedraw.isEmpty || afterLastRedraw.contains("\n"), "\(name): \(output.debugDescription)")
    }

    @Test func quietCanBeTurnedOff() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (arguments, progress) = try Self.arguments("events", folder)
        let output = try Self.runOnTerminal(arguments + ["--quiet=false"])
        #expect(output.contains(Self.redraw) && output.contains(progress), "\(output.debugDescription)")
    }

    @Test(arguments: ["generate", "events", "trace", "validate", "verify"])
    func quietOrNoTerminalMeansNoProgress(_ name: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (arguments, _) = try Self.arguments(name, folder)
        let quiet = try Self.runOnTerminal(arguments + ["--quiet"])
        #expect(!quiet.contains("\u{1B}["), "\(name): \(quiet.debugDescription)")
        let piped = try DPPProcess.run(arguments)
        #expect(!piped.stderr.contains("\u{1B}[") && !piped.stdout.contains("\u{1B}["), "\(name): \(piped.stderr.debugDescription)")
    }

    @Test func timingsNameEveryStageOfAGenerationWithItsSeconds() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (arguments, _) = try Self.arguments("generate", folder)
        let result = try DPPProcess.run(arguments + ["--timings"])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stderr.split(separator: "\n").first { $0.hasPrefix("Timings: ") }, "\(result.stderr)")
        let stages = [
            "reading events", "indexing events", "generating passports", "publishing traceability events",
            "writing facility records, index and resolver files", "swapping the site in", "total",
        ]
        let parts = line.dropFirst("Timings: ".count).components(separatedBy: "; ")
        #expect(parts.map { $0.split(separator: " ").dropLast(2).joined(separator: " ") } == stages, "\(line)")
        let seconds = parts.compactMap { Double($0.split(separator: " ").dropLast().last ?? "") }
        #expect(seconds.count == stages.count && seconds.allSatisfy { $0 >= 0 }, "\(line)")
        // The stages follow one another: together they take the run's total, to the rounding of each.
        #expect(abs(seconds.dropLast().reduce(0, +) - seconds.last!) <= 0.01 * Double(stages.count) + 0.05, "\(line)")
        #expect(result.stderr.components(separatedBy: "Timings: ").count == 2, "one summary line")
    }

    /// The command line of `name` and the progress text it must show.
    static func arguments(_ name: String, _ folder: TemporaryFolder) throws -> ([String], String) {
        if name == "validate" || name == "verify" {
            #expect(try DPPProcess.run(["demo", "--out", folder.path("demo")]).status == 0)
            return name == "validate"
                ? (["validate", folder.path("demo"), "--at", "2026-09-01"], "validating passports: 6/6")
                // The 6 passports and the 41 traceability events.
                : (["verify", folder.path("demo"), "--at", "2026-09-01"], "verifying credentials: 56/56")
        }
        let command = try #require(commands(folder).first { $0.name == name })
        return (command.arguments, command.progress)
    }
}
