import Foundation
import Rendering
import TestSupport
import Testing

@testable import Pipeline

/// The nginx configuration is never written into the site it serves: there nginx would serve
/// `nginx.conf` to everyone, and the next run's site would replace the folder.
@Suite struct NginxOutputPlaceTests {
    /// Whether a configuration in `nginx` is accepted beside the site `site` (paths below a
    /// temporary folder holding a published-looking `site/` and a link `link` to it).
    static func accepted(nginx: String, site: String = "site") throws -> Bool {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.file("site/01"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path("link"), withDestinationPath: folder.path("site"))
        do {
            try NginxOutput(folder: folder.file(nginx)).checkOutside(site: folder.file(site))
            return true
        } catch {
            return false
        }
    }

    @Test(arguments: ["site", "site/nginx", "site/01/deeper/nginx", "site/./x/../nginx", "link/nginx", "site/"])
    func aFolderInsideTheSiteIsRefused(nginx: String) throws {
        #expect(try !Self.accepted(nginx: nginx))
    }

    @Test func aFolderInsideTheSiteIsRefusedWhenTheSiteIsNamedByALink() throws {
        #expect(try !Self.accepted(nginx: "site/nginx", site: "link"))
    }

    /// `site-nginx` starts with the site's name but is not inside it; the site may be inside
    /// the configuration's folder.
    @Test(arguments: ["site-nginx", "nginx", "sitenginx", "."])
    func aFolderOutsideTheSiteIsAccepted(nginx: String) throws {
        #expect(try Self.accepted(nginx: nginx))
    }
}
