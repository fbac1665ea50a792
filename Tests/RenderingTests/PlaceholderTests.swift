import Testing

@testable import Rendering

/// `{name}` placeholders filled in one pass.
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
        #expect(template.fillingPlaceholders(["day": "2", "month": "Dec", "year": "2026", "value": "{day}"]) == expected)
    }
}
