import TestSupport
import Testing

/// The line diff of the reference-file tests, against diffs worked out by hand.
@Suite struct LineDiffTests {
    /// Two texts, how their diff is formatted, and the lines of the diff worked out by hand.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let old: String
        let new: String
        var context = 3
        var maximumLines = 60
        var maximumLineLength = 200
        let diff: [String]

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "an inserted line: + and its new number; the line after it keeps both numbers", old: "a\nc", new: "a\nb\nc",
            diff: ["@@ -1,2 +1,3 @@", "1 1   a", "  2 + b", "2 3   c"]),
        Case(
            name: "a deleted line: - and its old number", old: "a\nb\nc", new: "a\nc",
            diff: ["@@ -1,3 +1,2 @@", "1 1   a", "2   - b", "3 2   c"]),
        Case(
            name: "a changed line: the old line deleted, then the new one inserted", old: "a\nb\nc", new: "a\nX\nc",
            diff: ["@@ -1,3 +1,3 @@", "1 1   a", "2   - b", "  2 + X", "3 3   c"]),
        Case(name: "identical texts: no diff", old: "a\nb\n", new: "a\nb\n", diff: []),
        Case(name: "two empty texts: no diff", old: "", new: "", diff: []),
        Case(
            name: "an empty old text has no lines and starts at line 0", old: "", new: "a\nb",
            diff: ["@@ -0,0 +1,2 @@", "  1 + a", "  2 + b"]),
        Case(
            name: "an empty new text has no lines and starts at line 0", old: "a", new: "",
            diff: ["@@ -1,1 +0,0 @@", "1   - a"]),
        Case(
            name: "a final line break ends the text with an empty line", old: "a", new: "a\n",
            diff: ["@@ -1,1 +1,2 @@", "1 1   a", "  2 +"]),
        // The position-by-position diff this replaces reported every line as changed here.
        Case(
            name: "a line inserted at the top shifts the numbers of the rest, not their content",
            old: "b\nc\nd\ne", new: "a\nb\nc\nd\ne", context: 1,
            diff: ["@@ -1,1 +1,2 @@", "  1 + a", "1 2   b"]),
        Case(
            name: "distant changes are separate hunks, each with its context",
            old: "1\n2\n3\n4\n5\n6\n7\n8\n9\n10", new: "1\nTWO\n3\n4\n5\n6\n7\n8\n9\nTEN", context: 1,
            diff: [
                "@@ -1,3 +1,3 @@", " 1  1   1", " 2    - 2", "    2 + TWO", " 3  3   3",
                "@@ -9,2 +9,2 @@", " 9  9   9", "10    - 10", "   10 + TEN",
            ]),
        Case(
            name: "changes at most two contexts apart share one hunk", old: "a\nb\nc\nd\ne", new: "A\nb\nc\nd\nE", context: 2,
            diff: ["@@ -1,5 +1,5 @@", "1   - a", "  1 + A", "2 2   b", "3 3   c", "4 4   d", "5   - e", "  5 + E"]),
        Case(
            name: "a long diff is cut and says how much is left", old: "a\nb\nc", new: "x\ny\nz", maximumLines: 3,
            diff: ["@@ -1,3 +1,3 @@", "1   - a", "2   - b", "… 4 more lines of the diff not shown"]),
        Case(
            name: "a long changed line shows an excerpt around its first difference",
            old: String(repeating: "a", count: 40) + "B" + String(repeating: "c", count: 40),
            new: String(repeating: "a", count: 40) + "D" + String(repeating: "c", count: 40), maximumLineLength: 20,
            diff: ["@@ -1,1 +1,1 @@", "1   - …aaaaaBcccccccccccccc…", "  1 + …aaaaaDcccccccccccccc…"]),
        Case(
            name: "a long unchanged line shows its start",
            old: String(repeating: "z", count: 30) + "\nb", new: String(repeating: "z", count: 30) + "\nB", maximumLineLength: 10,
            diff: ["@@ -1,2 +1,2 @@", "1 1   zzzzzzzzzz…", "2   - b", "  2 + B"]),
    ]

    @Test(arguments: cases)
    func theDiffIsTheOneWorkedOutByHand(_ example: Case) {
        let diff = LineDiff(from: example.old, to: example.new)
            .formatted(context: example.context, maximumLines: example.maximumLines, maximumLineLength: example.maximumLineLength)
        #expect(diff == example.diff.joined(separator: "\n"))
    }
}
