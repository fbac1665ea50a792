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
