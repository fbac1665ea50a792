import CatalogTables
import Pipeline

/// `dpp catalog convert IN --out OUT [--lang en|mn]`: the catalogue between JSON, a workbook
/// and a folder of CSV files.
enum CatalogCommand: Command {
    static let name = "catalog"
    static let summary = "convert a catalogue between JSON, an .xlsx workbook and a folder of CSV files"
    static let help = """
        Usage: dpp catalog convert IN --out OUT [--lang en|mn]

        Reads the catalogue IN (a .json file, an .xlsx workbook, or a folder of CSV files, as
        dpp generate --catalog reads it) and writes it to OUT in the form OUT's name tells:
        .json for JSON, .xlsx for a workbook (laid out as dpp template writes it), a name
        without an extension for a folder of CSV files (one file per sheet, products.csv,
        fibres.csv ...; the folder is created when missing, its files replaced). Nothing is
        lost: JSON converted to a workbook or CSV files and back is the same JSON, written
        indented by two spaces.

        The catalogue is checked as dpp generate checks it: every problem is reported with
        its location (the sheet and cell, the CSV line and column, or the JSON Pointer), and
        when any is an error nothing is written.

        Options:
          --out OUT     the file or folder to write (replaced when it exists)
          --lang en|mn  the language of a workbook's or CSV files' headers and sheet names
                        (default en); the readers take either

        Exit codes: 0 written, 1 the catalogue has errors (nothing written), 2 usage error or a
        file that cannot be read or written.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let language = try arguments.catalogLanguage()
        let out = try arguments.option("--out")
        let words = try arguments.positionals()
        guard words.first == "convert" else {
            throw UsageError(words.isEmpty ? "missing subcommand: convert" : "unknown subcommand '\(words[0])'; use convert")
        }
        guard words.count == 2 else { throw UsageError("give one catalogue to convert") }
        guard let out else { throw UsageError("--out is required: a .json file, an .xlsx workbook, or a folder for CSV files") }
        guard let form = CatalogForm(output: out) else {
            throw UsageError("--out must end in .json or .xlsx, or have no extension (a folder of CSV files), not '\(out)'")
        }
        let conversion = try CatalogConversion(reading: words[1], into: form, language: language, target: out)
        for diagnostic in conversion.diagnostics { console.err(diagnostic.description + "\n") }
        guard !conversion.hasErrors else { return .invalid }
        try conversion.write(to: out)
        console.out("\(out): written\n")
        return .success
    }
}
