import JSONCore
import Passport

/// The files of one Digital Facility Record, in the site's `facilities/` folder: its JSON-LD
/// document `<gln>.jsonld` and, when the site is signed, the same credential as `<gln>.jwt`.
public enum FacilityRecordFiles {
    /// The files of `record`, whose JSON-LD form is `document` and, when signed, `jwt` (a vc+jwt).
    public static func files(of record: FacilityRecord, document: JSONValue, jwt: String?) -> [SiteFile] {
        let folder = [FacilityRecordLinks.folder]
        var files = [SiteFile(path: folder + ["\(record.gln).jsonld"], bytes: JSONWriter(pretty: true).bytes(document))]
        if let jwt { files.append(SiteFile(path: folder + ["\(record.gln).jwt"], text: jwt)) }
        return files
    }
}
