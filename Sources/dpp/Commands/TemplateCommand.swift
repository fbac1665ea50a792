import CatalogTables
import Foundation
import Pipeline

/// `dpp template --out catalogue.xlsx [--lang en|mn] [--force]`: the empty catalogue workbook.
enum TemplateCommand: Command {
    static let name = "template"
    static let summary = "write an empty catalogue workbook (.xlsx) to fill in, in English or Mongolian"
    static let help = """
        Usage: dpp template --out FILE.xlsx [--lang en|mn] [--force]

        Writes an empty catalogue workbook: an instructions sheet, then one sheet per kind of
        record (issuer, parties, facilities, certificates, products, components, fibres,
        durability tests, substances, claims, excluded fibres, label statements, translations),
        each with its column headers in the chosen language and the key dpp reads in brackets
        (`GTIN * (gtin)`). Required columns are marked * and highlighted; text columns keep
        what is typed as text (GTINs and GLNs keep their leading zeros); columns with a list
        of values (fibre names, party roles, care symbols, units ...) offer it as a drop-down,
        taken from the hidden Lists sheet. Fill it in, then run
        `dpp generate --catalog FILE.xlsx --events ...`, or `dpp catalog convert` it to JSON.

        Options:
          --out FILE.xlsx  the workbook to write
          --lang en|mn     the language of the headers, sheet names and instructions (default en)
          --force          replace FILE.xlsx when it exists (by default an existing file,
                           perhaps already filled in, is never overwritten)

        Exit codes: 0 written, 2 usage error, an existing file without --force, or a file that
        cannot be written.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let language = try arguments.catalogLanguage()
        let force = try arguments.flag("--force")
        guard let out = try arguments.option("--out") else { throw UsageError("--out FILE.xlsx is required") }
        let words = try arguments.positionals()
        guard words.isEmpty else { throw UsageError("unexpected argument '\(words[0])'") }
        guard CatalogForm(output: out) == .workbook else { throw UsageError("--out must end in .xlsx, not '\(out)'") }
        guard force || !FileManager.default.fileExists(atPath: out) else {
            throw UsageError("\(out) exists; give --force to replace it")
        }
        try AtomicFile.write(try CatalogTemplate.bytes(in: language, target: out), to: out)
        console.out("\(out): the catalogue template (\(language == .mongolian ? "Mongolian" : "English"))\n")
        return .success
    }
}
