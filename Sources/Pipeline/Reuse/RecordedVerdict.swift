import Diagnostics
import JSONCore

/// A passport's check as a run recorded it in the publication manifest: the date the passport
/// was checked for (certificates must be valid on it) and the diagnostics the check found.
///
/// The check's findings depend only on the passport's document, that date and the build of
/// `dpp` (its rules and schemas), so a later run of the same build that assembles the same
/// document for the same date reports these instead of checking again.
struct RecordedVerdict: Sendable, Hashable {
    var checkDate: String
    var diagnostics: [Diagnostic]

    /// The verdict as a manifest field: the date, a space, the diagnostics as a JSON array (JSON
    /// escapes every tab and line break inside its strings, so the field holds none).
    var field: String {
        checkDate + " " + JSONWriter().string(.array(diagnostics.map(\.recordedJSON)))
    }

    init(checkDate: String, diagnostics: [Diagnostic]) {
        self.checkDate = checkDate
        self.diagnostics = diagnostics
    }

    /// The verdict a manifest field holds, or nil when it is not one.
    init?(field: Substring) {
        guard let space = field.firstIndex(of: " "), space != field.startIndex,
            let array = (try? JSONParser().parse(String(field[field.index(after: space)...])))?.arrayValue
        else { return nil }
        var diagnostics: [Diagnostic] = []
        for element in array {
            guard let diagnostic = Diagnostic(recorded: element) else { return nil }
            diagnostics.append(diagnostic)
        }
        self.init(checkDate: String(field[..<space]), diagnostics: diagnostics)
    }
}
