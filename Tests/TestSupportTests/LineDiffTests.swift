import Testing
import TestSupport

/// The line diff of the reference-file tests, against diffs worked out by hand.
@Suite struct LineDiffTests {
    @Test func anInsertedLineIsMarkedPlusWithItsNewNumber() {
        let diff = LineDiff(from: "a\nc", to: "a\nb\nc").formatted()
        #expect(diff == """
            @@ -1,2 +1,3 @@
            1 1   a
              2 + b
            2 3   c
            """)
    }

    @Test func aDeletedLineIsMarkedMinusWithItsOldNumber() {
        let diff = LineDiff(from: "a\nb\nc", to: "a\nc").formatted()
        #expect(diff == """
            @@ -1,3 +1,2 @@
            1 1   a
            2   - b
            3 2   c
            """)
    }

    @Test func aChangedLineIsADeletionThenAnInsertion() {
        let diff = LineDiff(from: "a\nb\nc", to: "a\nX\nc").formatted()
        #expect(diff == """
            @@ -1,3 +1,3 @@
            1 1   a
            2   - b
              2 + X
            3 3   c
            """)
    }

    @Test func aLineInsertedAtTheTopShiftsTheNumbersOfTheRestNotTheirContent() {
        // The position-by-position diff this replaces reported every line as changed here.
        let diff = LineDiff(from: "b\nc\nd\ne", to: "a\nb\nc\nd\ne").formatted(context: 1)
        #expect(diff == """
            @@ -1,1 +1,2 @@
              1 + a
            1 2   b
            """)
    }

    @Test func identicalTextsHaveNoDiff() {
        #expect(LineDiff(from: "a\nb\n", to: "a\nb\n").formatted() == "")
    }

    @Test func emptyTextsHaveNoDiffAndAnEmptySideStartsAtLineZero() {
        #expect(LineDiff(from: "", to: "").formatted() == "")
        #expect(LineDiff(from: "", to: "a\nb").formatted() == """
            @@ -0,0 +1,2 @@
              1 + a
              2 + b
            """)
        #expect(LineDiff(from: "a", to: "").formatted() == """
            @@ -1,1 +0,0 @@
            1   - a
            """)
    }

    @Test func aFinalLineBreakIsAnEmptyLastLine() {
        #expect(LineDiff(from: "a", to: "a\n").formatted() == """
            @@ -1,1 +1,2 @@
            1 1   a
              2 +
            """)
    }

    @Test func distantChangesAreSeparateHunksWithTheirContext() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10"
        let new = "1\nTWO\n3\n4\n5\n6\n7\n8\n9\nTEN"
        #expect(LineDiff(from: old, to: new).formatted(context: 1) == """
            @@ -1,3 +1,3 @@
             1  1   1
             2    - 2
                2 + TWO
             3  3   3
            @@ -9,2 +9,2 @@
             9  9   9
            10    - 10
               10 + TEN
            """)
    }

    @Test func changesAtMostTwoContextsApartShareOneHunk() {
        let diff = LineDiff(from: "a\nb\nc\nd\ne", to: "A\nb\nc\nd\nE").formatted(context: 2)
        #expect(diff == """
            @@ -1,5 +1,5 @@
            1   - a
              1 + A
            2 2   b
            3 3   c
            4 4   d
            5   - e
              5 + E
            """)
    }

    @Test func aLongDiffIsCutAndSaysHowMuchIsLeft() {
        let diff = LineDiff(from: "a\nb\nc", to: "x\ny\nz").formatted(maximumLines: 3)
        #expect(diff == """
            @@ -1,3 +1,3 @@
            1   - a
            2   - b
            … 4 more lines of the diff not shown
            """)
    }

    @Test func aLongChangedLineShowsAnExcerptAroundItsFirstDifference() {
        let prefix = String(repeating: "a", count: 40), suffix = String(repeating: "c", count: 40)
        let diff = LineDiff(from: prefix + "B" + suffix, to: prefix + "D" + suffix).formatted(maximumLineLength: 20)
        #expect(diff == """
            @@ -1,1 +1,1 @@
            1   - …aaaaaBcccccccccccccc…
              1 + …aaaaaDcccccccccccccc…
            """)
    }

    @Test func aLongUnchangedLineShowsItsStart() {
        let long = String(repeating: "z", count: 30)
        let diff = LineDiff(from: long + "\nb", to: long + "\nB").formatted(maximumLineLength: 10)
        #expect(diff == """
            @@ -1,2 +1,2 @@
            1 1   zzzzzzzzzz…
            2   - b
              2 + B
            """)
    }
}
