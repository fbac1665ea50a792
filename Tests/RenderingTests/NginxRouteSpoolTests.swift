import Foundation
import Rendering
import Testing

/// The routes of a site's lots, spooled by several threads as the lots are written, come back
/// whole and in the order of the lots, and make the configuration the routes held in memory make.
@Suite struct NginxRouteSpoolTests {
    static let base = "https://x.example"

    /// The `number`th lot of a site: lot numbers plain, with a space and with a slash (whose
    /// folders are not their decoded paths), every third lot with two items, and a certificate
    /// whose address is long enough that 1,200 lots make over a megabyte of routes.
    static func lot(_ number: Int) -> ResolverSite.Lot {
        let name = ["L\(number)", "LOT%20\(number)", "A%2FB\(number)"][number % 3]
        let folder = base + "/01/09521234000112/10/" + name
        let page = Linkset.Link(href: folder + "/index.html", title: "page", hreflang: ["en"], type: "text/html")
        let certificate = Linkset.Link(
            href: "https://certs.example/\(number)/" + String(repeating: "c", count: 900), title: "certificate", type: "text/html")
        let context = Linkset.Context(
            anchor: folder, itemDescription: "Sweater, lot \(number)",
            links: [.defaultLink: [page], .defaultLinkMulti: [page], .pip: [page], .certificationInfo: [certificate]])
        return ResolverSite.Lot(
            folder: ["01", "09521234000112", "10", name], productName: "Sweater", context: context,
            serials: number % 3 == 0 ? ["S\(number)a", "S\(number)%2Fb"] : [])
    }

    /// The text of `site.conf` for `routes`, and the number of pieces it came in.
    static func siteConf(site: ResolverSite, routes: NginxRoutes, tables: NginxRouteTables) throws -> (text: String, pieces: Int) {
        let configuration = try NginxConfiguration(
            site: site, routes: routes, tables: tables, siteFolder: "/srv/site", folder: "/etc/dpp", listen: "80")
        var bytes: [UInt8] = []
        var pieces = 0
        configuration.siteConf { piece in
            bytes += piece
            pieces += 1
        }
        return (String(decoding: bytes, as: UTF8.self), pieces)
    }

    @Test func lotsSpooledByThreadsOutOfOrderMakeTheConfigurationOfTheRoutesHeld() throws {
        let site = ResolverSite(baseURL: Self.base, publisherName: "Khangai")
        let tables = NginxRouteTables(site: site)
        let count = 1_200
        let lots = (0..<count).map(Self.lot)
        let routesOfLots = lots.map { site.keys(of: $0).map(tables.route(of:)) }
        let productRoutes = [tables.route(of: site.key(of: lots[0].product))]
        let spool = NginxRouteSpool()
        // Four threads, each adding every fourth lot, last first.
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for number in stride(from: count - 1 - thread, through: 0, by: -4) { spool.add(routesOfLots[number], lot: number) }
        }
        let spooled = spool.routes(after: productRoutes)
        let held = try Self.siteConf(site: site, routes: NginxRoutes(productRoutes + routesOfLots.flatMap { $0 }), tables: tables)
        let fromSpool = try Self.siteConf(site: site, routes: spooled, tables: tables)
        #expect(fromSpool.text == held.text)
        #expect(fromSpool.pieces > 1)
        // Read again, the spooled routes give the same configuration.
        #expect(try Self.siteConf(site: site, routes: spooled, tables: tables).text == held.text)
        // Lines each part of a route makes, written here by hand: the profile of a lot with a
        // slash, its path as nginx decodes it (profile 3: the lots whose folders are encoded share
        // one, the plain lots profile 2), the lot's folder, an item, the folder of an item whose
        // serial holds `%` (encoded in its folder's name), the address of the folder of a lot
        // with a space (its `%` encoded again in a URL), and the certificate's slot.
        let text = fromSpool.text
        for line in [
            "    \"/01/09521234000112/10/A/B2\" 3;\n",
            "    \"/01/09521234000112/10/A/B2\" \"/01/09521234000112/10/A%2FB2\";\n",
            "    \"/01/09521234000112/10/L0/21/S0a\" \"/01/09521234000112/10/L0/21/S0a\";\n",
            "    \"/01/09521234000112/10/L3/21/S3%2Fb\" \"/01/09521234000112/10/L3/21/S3%252Fb\";\n",
            "    \"/01/09521234000112/10/LOT 1\" \"/01/09521234000112/10/LOT%25201\";\n",
            "    \"/01/09521234000112/10/LOT 1\" \"https://certs.example/1/" + String(repeating: "c", count: 900) + "\";\n",
        ] {
            #expect(text.contains(line), "\(line)")
        }
        // The lots in their order: lot 1,197's profile before lot 1,198's.
        let lot1197 = try #require(text.range(of: "    \"/01/09521234000112/10/L1197\" 2;\n"))
        let lot1198 = try #require(text.range(of: "    \"/01/09521234000112/10/LOT 1198\" 3;\n"))
        #expect(lot1197.lowerBound < lot1198.lowerBound)
        // Handed over: a second call gives the products alone.
        let again = try Self.siteConf(site: site, routes: spool.routes(after: productRoutes), tables: tables).text
        #expect(again == (try Self.siteConf(site: site, routes: NginxRoutes(productRoutes), tables: tables)).text)
        #expect(!again.contains("/10/L0"))
    }
}
