import Foundation
import Passport
import TestSupport
import Testing

@testable import Rendering

/// The site's listing gives back every passport added, from any thread in any order: the index
/// page's entries in the order of their lots, and each product's lots together, with the texts of
/// its first lot; the index page is written in pieces that join to the page.
struct SiteListingTests {
    /// A lot of the demo's passports, renumbered: its passport, folder and product texts.
    struct Added {
        var passport: Passport
        var folder: [String]
        var texts: ProductTexts
    }

    /// 1,500 lots of the demo's products (`number` cycles through them), each its own lot; the
    /// texts of a product differ from lot to lot (their language is the lot's number), so that
    /// which lot's texts a product keeps shows.
    static let added: [Added] = (0..<1500).map { number in
        var passport = DemoPages.passports[number % DemoPages.passports.count]
        passport.lot = "L \(number)/x"
        let gtin = passport.product.registeredID ?? ""
        return Added(passport: passport, folder: ["01", gtin, "10", "L%20\(number)%2Fx"], texts: ProductTexts(language: "x-\(number)"))
    }

    /// A listing of ``added``, from four threads taking every fourth lot of a shuffled order.
    static func listing() -> SiteListing {
        var order = Array(added.indices)
        var generator = SeededGenerator(seed: 5)
        order.shuffle(using: &generator)
        let listing = SiteListing()
        let numbers = order
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for number in stride(from: thread, to: numbers.count, by: 4).map({ numbers[$0] }) {
                let lot = added[number]
                listing.add(lot.passport, folder: lot.folder, texts: lot.texts, number: number)
            }
        }
        return listing
    }

    @Test func theEntriesComeBackInTheOrderOfTheirLotsEachTimeTheyAreRead() {
        let listed = Self.listing().finish()
        let expected = Self.added.map { SiteIndexPage.Entry(passport: $0.passport, folder: $0.folder) }
        #expect(listed.count == 1500)
        #expect(Array(listed.entries) == expected)
        #expect(Array(listed.entries) == expected)
    }

    @Test func eachProductsLotsComeTogetherInTheOrderOfTheirLotsWithTheFirstLotsTexts() throws {
        let listed = Self.listing().finish()
        let groups = Array(listed.products)
        let gtins = Set(Self.added.map { $0.folder[1] })
        #expect(groups.count == gtins.count)
        for group in groups {
            let gtin = try #require(group.first?.gtin)
            let numbers = Self.added.indices.filter { Self.added[$0].folder[1] == gtin }
            let first = Self.added[numbers[0]]
            let expected = numbers.map { number in
                ProductPage.Lot(passport: Self.added[number].passport, folder: Self.added[number].folder, texts: first.texts)
            }
            #expect(group == expected)
        }
        #expect(Array(listed.products) == groups)
    }

    @Test func aListingIsHandedOverOnce() {
        let listing = Self.listing()
        _ = listing.finish()
        let again = listing.finish()
        #expect(again.count == 0)
        #expect(Array(again.entries).isEmpty)
        #expect(Array(again.products).isEmpty)
    }

    /// The product pages of the listing are those of each product's lots in order.
    @Test func theProductPagesAreThoseOfEachProductsLots() throws {
        let listed = Self.listing().finish()
        let files = Array(ProductPage.files(for: listed.products))
        #expect(files.count == Set(Self.added.map { $0.folder[1] }).count * PageText.languages.count)
        let beanie = Self.added.indices.filter { Self.added[$0].folder[1] == "09521234000358" }
        let lots = beanie.map {
            ProductPage.Lot(passport: Self.added[$0].passport, folder: Self.added[$0].folder, texts: Self.added[beanie[0]].texts)
        }
        let german = try #require(files.first { $0.path == ["01", "09521234000358", "index.de.html"] })
        #expect(german.bytes == Array(ProductPage.html(for: lots, language: DemoPages.language("de")).utf8))
    }

    /// The page, written out by hand for two entries (one with markup in its title and a folder
    /// name that must be escaped) and a link to the site's DID document.
    static func expectedPage(links: Bool) -> String {
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Digital Product Passports</title><style>\(PageStyle.css)</style></head><body><main><header>"
            + "<p class=\"kicker\">TextilePassport</p><h1>Digital Product Passports</h1>"
            + "<p>2 passport(s) issued by Khangai &amp; Sons.</p></header><section><ul>"
            + "<li><a href=\"01/09521234000112/10/A%20B/index.html\">Sweater &lt;b&gt;, lot A B</a><small>GTIN 09521234000112</small></li>"
            + "<li><a href=\"01/09521234000358/10/C/index.html\">Beanie, lot C</a><small>GTIN 09521234000358 · produced 2026-01-02</small></li>"
            + "</ul></section>"
            + (links ? "<section><h2>Verification</h2><ul><li><a href=\".well-known/did.json\">DID document</a></li></ul></section>" : "")
            + "</main></body></html>\n"
    }

    static let entries = [
        SiteIndexPage.Entry(title: "Sweater <b>, lot A B", detail: "GTIN 09521234000112", folder: ["01", "09521234000112", "10", "A B"]),
        SiteIndexPage.Entry(
            title: "Beanie, lot C", detail: "GTIN 09521234000358 · produced 2026-01-02", folder: ["01", "09521234000358", "10", "C"]),
    ]

    @Test(arguments: [1, 100, 1 << 20])
    func theIndexPageIsWrittenInPiecesThatJoinToThePage(pieceSize: Int) {
        for links in [false, true] {
            let pieces = Array(
                SiteIndexPage.pieces(
                    of: Self.entries, count: 2, issuerName: "Khangai & Sons",
                    links: links ? [(title: "DID document", path: [".well-known", "did.json"])] : [], pieceSize: pieceSize))
            #expect(String(decoding: pieces.joined(), as: UTF8.self) == Self.expectedPage(links: links))
            #expect(pieces.dropLast().allSatisfy { $0.count >= pieceSize })
            #expect(pieces.allSatisfy { !$0.isEmpty })
            #expect(pieces.count > 1 || pieceSize == 1 << 20)
        }
    }

    /// 20,000 entries: pieces of at least a megabyte, the entries in order.
    @Test func aLongListIsWrittenInPiecesOfAMegabyte() {
        let entries = (0..<20_000).map {
            SiteIndexPage.Entry(title: "Lot \($0)", detail: String(repeating: "d", count: 40), folder: ["01", "x", "10", "\($0)"])
        }
        let pieces = Array(SiteIndexPage.pieces(of: entries, count: entries.count, issuerName: nil))
        #expect(pieces.count >= 2)
        #expect(pieces.dropLast().allSatisfy { $0.count >= 1 << 20 })
        let page = String(decoding: pieces.joined(), as: UTF8.self)
        #expect(page.contains("<p>20000 passport(s) issued by —.</p>"))
        let links = page.components(separatedBy: "<li><a href=\"01/x/10/").dropFirst().map { $0.prefix { $0 != "/" } }
        #expect(links == (0..<20_000).map { Substring("\($0)") })
    }
}
