import JSONCore
import Passport
import Rendering

extension GenerationPipeline {
    /// Writes every record's JSON-LD document into `staging` and, when the site is signed, its
    /// vc+jwt beside it. Throws ``SiteStaging/Failure`` or ``SigningFailure``.
    static func stage(_ records: FacilityRecords, signing: SiteSigning?, into staging: SiteStaging) throws {
        for record in records.records {
            let document = FacilityRecordDocument.encode(record)
            let jwt = try signing?.issuer.sign(credential: document)
            for file in FacilityRecordFiles.files(of: record, document: document, jwt: jwt) { try staging.writeUnlessUnchanged(file) }
        }
    }
}
