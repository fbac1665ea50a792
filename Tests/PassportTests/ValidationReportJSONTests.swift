import Diagnostics
import JSONCore
import Passport
import Testing

/// The report written in pieces, a verdict at a time, is the report's JSON as the writer gives it whole.
@Suite struct ValidationReportJSONTests {
    /// None, one and 6,000 verdicts, every fifth with an error and every third with a warning, over several pieces.
    @Test(arguments: [0, 1, 6_000])
    func piecesJoinedAreThePrettyJSON(count: Int) {
        let files = (0..<count).map { number in
            var diagnostics: [Diagnostic] = []
            if number % 5 == 0 {
                diagnostics.append(
                    Diagnostic(
                        TraceabilityEventRule.sharedPath, "an error \(number) with \"quotes\"", at: SourceLocation(file: "e.jsonld", pointer: "/x")))
            }
            if number % 3 == 0 {
                diagnostics.append(Diagnostic(TraceabilityEventRule.noEventID, "a warning", at: SourceLocation(file: "e.jsonld", line: 3, column: 7)))
            }
            return ValidationReport.FileVerdict(path: "01/09521234000112/10/L\(number)/passport.jsonld", diagnostics: diagnostics)
        }
        for report in [ValidationReport(files: files), ValidationReport(files: files, profile: "eu-textile")] {
            let pieces = Array(report.prettyJSONPieces)
            let whole = JSONWriter(pretty: true).bytes(report.json)
            #expect(Array(pieces.joined()) == whole)
            // Pieces of a megabyte or more, the last excepted; 6,000 verdicts make more than one.
            #expect(pieces.dropLast().allSatisfy { $0.count >= 1 << 20 })
            #expect(pieces.count == 1 || whole.count >= 1 << 20)
            #expect(count < 6_000 || pieces.count > 1)
        }
    }
}
