import Passport
import Synchronization

/// Gathers the origins of the passports a run publishes, from the lots worked on at once, for
/// the site's facility records; it holds one small entry per record, never one per passport.
final class FacilityOriginCollector: Sendable {
    let links: FacilityRecordLinks
    private let gathered = Mutex(FacilityOrigins())

    init(links: FacilityRecordLinks) { self.links = links }

    /// Adds the origins of a published passport.
    func add(_ passport: Passport) {
        gathered.withLock { $0.add(passport.origins, links: links) }
    }

    /// What the origins added so far say.
    var origins: FacilityOrigins { gathered.withLock { $0 } }
}
