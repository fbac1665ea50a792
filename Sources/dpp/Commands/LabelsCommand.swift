import Foundation
import JSONCore
import Passport
import Pipeline
import Rendering

/// `dpp labels`: the care labels and hang tags of every lot, as SVG and PDF.
enum LabelsCommand: Command {
    static let name = "labels"
    static let summary = "draw each lot's care label and hang tag (SVG and PDF) in the buyers' languages"
    static let help = """
        Usage: dpp labels --catalog FILE --events FILE... --out DIR [--languages en,de,...] [--countries DE,FR,...]
               [--size WxH] [--hangtag-size WxH] [--sheet A4|Letter [--grid CxR] [--count N]]
               [--base-url URL] [--at DATE] [--format text|json] [--jobs N]

        Assembles and checks every lot's passport as `dpp generate` does and, when all pass,
        writes each lot's labels into DIR at its Digital Link path, DIR/01/<gtin>/10/<lot>/:
        label.svg and label.pdf (the sewn-in care and composition label), hangtag.svg and
        hangtag.pdf (the hang tag). Each has the QR code of the lot's GS1 Digital Link, the GTIN
        and lot as human-readable text, the product, its fibre composition in each language
        (the Annex I names of Regulation (EU) 1007/2011, checked by the same rules as
        `dpp validate`), the label statements, the manufacturer and EU importer, the care text
        and the passport's address. Nothing is written unless every lot's labels can be made.

        With --sheet, each lot's labels are also laid out for printing, as many as the lot has
        pieces (the production event's count, or --count), on A4 or Letter pages with crop marks:
        DIR/labels/01_<gtin>_10_<lot>_label-sheet.pdf and ..._hangtag-sheet.pdf.

        Print checks: the QR modules are at least \(PrintQuality.minimumModule) mm (GS1's minimum for a Digital
        Link QR code) with a quiet zone of \(PrintQuality.quietZoneModules) modules, text is 6 pt, and nothing may
        overflow the label; a size that does not hold the label is refused with the size that would.

        Options:
          --catalog FILE       the product catalogue: JSON, .xlsx, or a folder of CSV files
          --events FILE...     EPCIS 2.0 documents, or step rows (.csv, .xlsx; see dpp events --help)
          --out DIR            the folder to (re)create: a new or empty folder, or labels dpp drew
                               (01/ and labels/ only); any other folder is refused (exit 2)
          --languages LIST     language codes, comma-separated, each printed once (default: en)
          --countries LIST     sale countries (ISO 3166-1 alpha-2 of EU member states), comma-separated: their
                               official languages (Art. 16), after those of --languages
          --size WxH           the care label's size in mm (default \(LabelKind.careLabel.defaultSize))
          --hangtag-size WxH   the hang tag's size in mm (default \(LabelKind.hangTag.defaultSize))
          --sheet PAPER        also lay out each lot's labels on A4 or Letter sheets
          --grid CxR           columns and rows of labels per sheet (default: as many as fit)
          --count N            labels per lot on the sheets (default: the lot's count of pieces in its events)
          --base-url URL       the site the QR codes lead to (default \(GenerationRequest.defaultBaseURL))
          --at DATE            check certificates on DATE (YYYY-MM-DD); default today (UTC)
          --format FORMAT      text (default) or json: the report printed
          --jobs N             lots worked on at once (default: one per processor core)

        Exit codes: 0 written, 1 an input or passport is invalid or a lot's labels cannot be
        made (nothing written), 2 usage error or an unreadable input.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let format = try arguments.format()
        let jobs = try arguments.jobs()
        let date = try arguments.checkDate()
        let baseURL = try BaseURL.parse(try arguments.option("--base-url") ?? GenerationRequest.defaultBaseURL)
        guard let catalogPath = try arguments.option("--catalog") else { throw UsageError("--catalog is required") }
        let eventPaths = try arguments.list("--events")
        guard !eventPaths.isEmpty else { throw UsageError("--events is required") }
        guard let out = try arguments.option("--out") else { throw UsageError("--out is required") }
        let options = try labelOptions(&arguments)
        try arguments.finish()
        let request = LabelRequest(
            inputs: .files(catalog: catalogPath, events: eventPaths), baseURL: baseURL, checkDate: date,
            output: URL(fileURLWithPath: out), options: options, jobs: jobs)
        let outcome = try LabelRun.run(request)
        switch format {
        case .json: console.out(JSONWriter(pretty: true).string(outcome.report.json))
        case .text:
            let problems = outcome.report.files.filter { !$0.diagnostics.isEmpty }
            if !problems.isEmpty { console.err(ValidationReport(files: problems).text) }
        }
        for failure in outcome.failures { console.err("error: \(failure)\n") }
        guard let count = outcome.labelledLots else {
            console.err("No labels were written: fix the errors above and run again.\n")
            return ExitStatus(outcome.report) == .success ? .invalid : ExitStatus(outcome.report)
        }
        console.err("Wrote the labels of \(count) lot(s) to \(out)/\n")
        return .success
    }

    /// The languages and sizes of `--languages`, `--countries`, `--size` and `--hangtag-size`,
    /// shared with `dpp generate --labels`.
    static func labelOptions(_ arguments: inout Arguments) throws(UsageError) -> LabelFiles.Options {
        var languages = try arguments.option("--languages").map { text throws(UsageError) in try commaList("--languages", text, "de,fr") } ?? []
        if let countries = try arguments.option("--countries").map({ text throws(UsageError) in try commaList("--countries", text, "DE,FR,IT") }) {
            do {
                for language in try LabelLanguages.languages(ofCountries: countries) where !languages.contains(language) {
                    languages.append(language)
                }
            } catch { throw UsageError(error.message) }
        }
        if languages.isEmpty { languages = ["en"] }
        let names = FibreNames.standard
        let known = names.languages
        if let unknown = languages.first(where: { !known.contains($0) }) {
            throw UsageError(
                "no fibre names in the language '\(unknown)': Schemas/fibre-names.json has names in \(known.sorted().joined(separator: ", ")) only"
            )
        }
        var sizes: [LabelKind: LabelSize] = [:]
        for (option, kind) in [("--size", LabelKind.careLabel), ("--hangtag-size", .hangTag)] {
            guard let text = try arguments.option(option) else { continue }
            guard let size = LabelSize(parsing: text) else {
                throw UsageError("\(option) must be WIDTHxHEIGHT in millimetres, each from 1 to 1000 (e.g. 30x120), not '\(text)'")
            }
            sizes[kind] = size
        }
        return LabelFiles.Options(languages: languages, sizes: sizes, sheets: try sheets(&arguments))
    }

    /// The sheets of `--sheet`, `--grid` and `--count`; `nil` without `--sheet`.
    private static func sheets(_ arguments: inout Arguments) throws(UsageError) -> LabelFiles.Sheets? {
        let grid = try arguments.option("--grid").map { text throws(UsageError) -> LabelSheet.Grid in
            guard let grid = LabelSheet.Grid(parsing: text) else {
                throw UsageError("--grid must be COLUMNSxROWS, each from 1 to 100 (e.g. 3x8), not '\(text)'")
            }
            return grid
        }
        let count = try arguments.option("--count").map { text throws(UsageError) -> Int in
            guard let count = Int(text), (1...LabelSheet.maximumCount).contains(count) else {
                throw UsageError("--count must be a whole number from 1 to \(LabelSheet.maximumCount), not '\(text)'")
            }
            return count
        }
        guard let name = try arguments.option("--sheet") else {
            if grid != nil || count != nil { throw UsageError("--grid and --count need --sheet A4 or --sheet Letter") }
            return nil
        }
        guard let paper = LabelSheet.Paper.all.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            throw UsageError("--sheet must be A4 or Letter, not '\(name)'")
        }
        return LabelFiles.Sheets(paper: paper, grid: grid, count: count)
    }

    /// The non-empty items of a comma-separated list.
    /// The words of `option`'s comma-separated `text`, each once in the order given (`de,de` is
    /// German once, not a label printing it twice); none at all is a usage error.
    private static func commaList(_ option: String, _ text: String, _ example: String) throws(UsageError) -> [String] {
        var words: [String] = []
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty && !words.contains(word) {
            words.append(word)
        }
        guard !words.isEmpty else { throw UsageError("\(option) needs at least one code, separated by commas (e.g. \(example)), not '\(text)'") }
        return words
    }
}
