import Testing

@testable import Rendering

/// `{name}` placeholders split once and filled in one pass, as text and as markup.
@Suite struct PlaceholderTests {
    @Test(arguments: [
        ("{day} {month} {year}", "2 Dec 2026"),
        ("no placeholders", "no placeholders"),
        ("{unknown} stays, {day} goes", "{unknown} stays, 2 goes"),
        ("{{day}}", "{2}"),
        ("open { only", "open { only"),
        ("unterminated {day", "unterminated {day"),
        ("{}", "{}"),
        ("Өдөр {day}, сар {month}", "Өдөр 2, сар Dec"),
        ("{value}", "{day}"),
    ])
    func placeholdersAreFilledOnce(_ template: String, _ expected: String) {
        // `value` holds a placeholder of its own: it is put in as it is, not filled again.
        #expect(PhraseTemplate(template).filled(["day": "2", "month": "Dec", "year": "2026", "value": "{day}"]) == expected)
    }

    @Test(arguments: [
        ("{day} & {month}", "<b>2</b> &amp; {month}"),
        ("<{day}>", "&lt;<b>2</b>&gt;"),
        ("{unknown}'", "{unknown}&apos;"),
        ("{a<b}", "{a&lt;b}"),
    ])
    func markupPhrasesEscapeTheirTextButNotTheirValues(_ template: String, _ expected: String) {
        var page = HTMLWriter()
        page.phrase(PhraseTemplate(template)) { name, page in
            guard name == "day" else { return false }
            page.raw("<b>2</b>")
            return true
        }
        #expect(page.html == expected)
    }
}
