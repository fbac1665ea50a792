import Foundation
import Rendering

/// Where `dpp generate --nginx` writes the site's nginx configuration, and what it listens on.
public struct NginxOutput: Sendable {
    /// The folder of `site.conf`, `nginx.conf` and the page of unknown keys.
    public var folder: URL
    /// `PORT` or `ADDR:PORT`.
    public var listen: String

    public init(folder: URL, listen: String = "80") {
        self.folder = folder.standardizedFileURL
        self.listen = listen
    }

    /// Refuses a configuration folder that is the site folder `site` or inside it: there nginx
    /// would serve its own configuration to everyone, and the next run's site would replace it.
    func checkOutside(site: URL) throws(SiteStaging.Failure) {
        let siteComponents = Self.physicalComponents(of: site)
        guard !Self.physicalComponents(of: folder).starts(with: siteComponents) else {
            throw SiteStaging.Failure(
                message: "the nginx configuration folder \(folder.path) is inside the site folder \(site.standardizedFileURL.path): "
                    + "nginx would serve its configuration to everyone, and the next run would replace it; "
                    + "give a configuration folder outside the site")
        }
    }

    /// The components of `url`'s path, with the symbolic links of the part that exists resolved.
    private static func physicalComponents(of url: URL) -> [String] {
        var existing = url.standardizedFileURL
        var missing: [String] = []
        while existing.pathComponents.count > 1, !FileManager.default.fileExists(atPath: existing.path) {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        return existing.resolvingSymlinksInPath().pathComponents + missing
    }

    /// The configuration of `site`, whose keys are `routes` (their tables in `tables`), published in `siteFolder`.
    func configuration(
        of site: ResolverSite, routes: NginxRoutes, tables: NginxRouteTables, siteFolder: URL
    ) throws(NginxConfiguration.Failure) -> NginxConfiguration {
        try NginxConfiguration(site: site, routes: routes, tables: tables, siteFolder: siteFolder.path, folder: folder.path, listen: listen)
    }

    /// Writes `configuration` into the folder, made if need be; `site.conf` in pieces as it is made.
    func write(_ configuration: NginxConfiguration) throws(AtomicFile.Failure) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.Failure(message: "\(folder.path): cannot make the folder: \(error.localizedDescription)")
        }
        try AtomicFile.write(to: folder.appendingPathComponent(NginxConfiguration.siteConfName).path) {
            (write: ([UInt8]) throws(AtomicFile.Failure) -> Void) throws(AtomicFile.Failure) in try configuration.siteConf(write)
        }
        let files = [
            (NginxConfiguration.nginxConfName, configuration.nginxConf), (NginxConfiguration.notFoundPageName, configuration.notFoundPage),
        ]
        for (name, text) in files { try AtomicFile.write(Array(text.utf8), to: folder.appendingPathComponent(name).path) }
    }
}
