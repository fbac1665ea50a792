/// The difference between two texts, line by line: the shortest edit script (Myers' algorithm,
/// as the standard library's `difference(from:)` finds it), shown as unified-diff hunks in which
/// every line carries its number in both texts.
///
///     @@ -1,3 +1,3 @@
///     1 1   unchanged
///     2   - deleted from the old text
///       2 + inserted in the new text
///     3 3   unchanged
public struct LineDiff: Sendable {
    /// One line of the two texts aligned: in both, only in the old text, or only in the new one
    /// (line indices from 0).
    enum Step: Equatable, Sendable {
        case kept(old: Int, new: Int)
        case deleted(old: Int)
        case inserted(new: Int)
    }

    let oldLines: [Substring]
    let newLines: [Substring]
    let steps: [Step]

    /// Aligns the lines of `old` and `new`.
    public init(from old: String, to new: String) {
        oldLines = Self.lines(of: old)
        newLines = Self.lines(of: new)
        var deleted = Set<Int>(), inserted = Set<Int>()
        for change in newLines.difference(from: oldLines) {
            switch change {
            case .remove(let offset, _, _): deleted.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var steps: [Step] = []
        var old = 0, new = 0
        while old < oldLines.count || new < newLines.count {
            if deleted.contains(old) {
                steps.append(.deleted(old: old))
                old += 1
            } else if inserted.contains(new) {
                steps.append(.inserted(new: new))
                new += 1
            } else {
                steps.append(.kept(old: old, new: new))
                old += 1
                new += 1
            }
        }
        self.steps = steps
    }

    /// The hunks of changed lines with `context` unchanged lines around them, empty when the
    /// texts are equal. At most `maximumLines` lines are shown, then a line says how many more
    /// there are; a line longer than `maximumLineLength` characters is cut to an excerpt that
    /// starts shortly before its first difference from the line it replaces.
    public func formatted(context: Int = 3, maximumLines: Int = 60, maximumLineLength: Int = 200) -> String {
        let width = String(max(oldLines.count, newLines.count)).count
        let focus = firstDifferenceColumns()
        var shown: [String] = []
        for hunk in hunks(context: context) {
            shown.append(header(of: hunk))
            for index in hunk {
                shown.append(line(steps[index], width: width, focus: focus[index] ?? 0, maximumLength: maximumLineLength))
            }
        }
        if shown.count > maximumLines {
            let hidden = shown.count - maximumLines
            shown = shown.prefix(maximumLines) + ["… \(hidden) more line\(hidden == 1 ? "" : "s") of the diff not shown"]
        }
        return shown.joined(separator: "\n")
    }

    /// The text's lines, without their line breaks; no lines for the empty text, and an empty
    /// last line when the text ends with a line break.
    static func lines(of text: String) -> [Substring] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Ranges of steps that hold the changes and their context; changes closer than twice the
    /// context share one hunk.
    func hunks(context: Int) -> [Range<Int>] {
        var hunks: [Range<Int>] = []
        for (index, step) in steps.enumerated() {
            if case .kept = step { continue }
            let lower = max(0, index - context), upper = min(steps.count, index + context + 1)
            if let last = hunks.last, lower <= last.upperBound {
                hunks[hunks.count - 1] = last.lowerBound..<upper
            } else {
                hunks.append(lower..<upper)
            }
        }
        return hunks
    }

    /// `@@ -start,count +start,count @@`, where an empty side's start is the line before it.
    func header(of hunk: Range<Int>) -> String {
        var oldBefore = 0, newBefore = 0, oldCount = 0, newCount = 0
        for (index, step) in steps.enumerated() where index < hunk.upperBound {
            let hasOld: Bool, hasNew: Bool
            switch step {
            case .kept: (hasOld, hasNew) = (true, true)
            case .deleted: (hasOld, hasNew) = (true, false)
            case .inserted: (hasOld, hasNew) = (false, true)
            }
            if index < hunk.lowerBound {
                if hasOld { oldBefore += 1 }
                if hasNew { newBefore += 1 }
            } else {
                if hasOld { oldCount += 1 }
                if hasNew { newCount += 1 }
            }
        }
        let oldStart = oldCount > 0 ? oldBefore + 1 : oldBefore
        let newStart = newCount > 0 ? newBefore + 1 : newBefore
        return "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@"
    }

    /// For each deleted line paired with an inserted one (the first deletion of a change with
    /// its first insertion, and so on), the column where the two first differ, by step index.
    func firstDifferenceColumns() -> [Int: Int] {
        var columns: [Int: Int] = [:]
        var deletions: [(step: Int, line: Int)] = [], insertions: [(step: Int, line: Int)] = []
        // One pass past the end, so that a change at the end of the texts is paired too.
        for index in 0...steps.count {
            if index < steps.count {
                switch steps[index] {
                case .deleted(let old):
                    deletions.append((index, old))
                    continue
                case .inserted(let new):
                    insertions.append((index, new))
                    continue
                case .kept: break
                }
            }
            for (deletion, insertion) in zip(deletions, insertions) {
                let column = zip(oldLines[deletion.line], newLines[insertion.line]).prefix { $0 == $1 }.count
                columns[deletion.step] = column
                columns[insertion.step] = column
            }
            deletions.removeAll()
            insertions.removeAll()
        }
        return columns
    }

    /// One step as a diff line: both line numbers, the mark (` `, `-` or `+`) and the text.
    func line(_ step: Step, width: Int, focus: Int, maximumLength: Int) -> String {
        let number = { (index: Int?) in
            let text = index.map { String($0 + 1) } ?? ""
            return String(repeating: " ", count: width - text.count) + text
        }
        var head: String, text: Substring
        switch step {
        case .kept(let old, let new): (head, text) = ("\(number(old)) \(number(new))  ", oldLines[old])
        case .deleted(let old): (head, text) = ("\(number(old)) \(number(nil)) -", oldLines[old])
        case .inserted(let new): (head, text) = ("\(number(nil)) \(number(new)) +", newLines[new])
        }
        guard !text.isEmpty else {
            while head.hasSuffix(" ") { head.removeLast() }
            return head
        }
        return head + " " + Self.excerpt(of: text, around: focus, maximumLength: maximumLength)
    }

    /// `text` itself when it is short enough, else `maximumLength` characters of it that start a
    /// quarter of that length before `column`, with `…` where text was cut off.
    static func excerpt(of text: Substring, around column: Int, maximumLength: Int) -> String {
        guard text.count > maximumLength else { return String(text) }
        let start = max(0, min(column - maximumLength / 4, text.count - maximumLength))
        let kept = text.dropFirst(start).prefix(maximumLength)
        return (start > 0 ? "…" : "") + kept + (start + maximumLength < text.count ? "…" : "")
    }
}
