import Rendering

/// The resolver's outputs of a run, made side by side: every key's linkset written into the
/// staging folder and, when asked for, the nginx configuration of the site, which at 10,000 lots
/// takes as long as all the linksets; then the resolver description.
enum ResolverPublication {
    /// One piece of the work.
    private enum Work: Sendable {
        case configuration(NginxOutput)
        case linkset(ResolverSite.Key)
    }

    /// What one piece gave.
    private enum Done: Sendable {
        case configuration(Result<NginxConfiguration, NginxConfiguration.Failure>)
        case linkset(SiteStaging.Failure?)
    }

    /// Writes the linksets and the description of `resolver` into `staging`, `jobs` pieces at a
    /// time, and returns the configuration `nginx` asks for.
    ///
    /// - Throws: the first ``SiteStaging/Failure`` of a file, else the configuration's
    ///   ``NginxConfiguration/Failure``.
    static func run(_ resolver: ResolverSite, staging: SiteStaging, nginx: NginxOutput?, jobs: JobCount) throws -> NginxConfiguration? {
        let work = (nginx.map { [Work.configuration($0)] } ?? []) + resolver.keys.map(Work.linkset)
        let done = OrderedParallelMap.map(work, jobs: jobs) { piece -> Done in
            switch piece {
            case .configuration(let output):
                return .configuration(
                    Result { () throws(NginxConfiguration.Failure) in try output.configuration(of: resolver, siteFolder: staging.target) })
            case .linkset(let key):
                do throws(SiteStaging.Failure) { try staging.writeUnlessUnchanged(ResolverFiles.linkset(of: key)) } catch { return .linkset(error) }
                return .linkset(nil)
            }
        }
        var configuration: Result<NginxConfiguration, NginxConfiguration.Failure>?
        for piece in done {
            switch piece {
            case .configuration(let result): configuration = result
            case .linkset(let failure?): throw failure
            case .linkset(nil): continue
            }
        }
        try staging.writeUnlessUnchanged(ResolverFiles.description(of: resolver))
        return try configuration?.get()
    }
}
