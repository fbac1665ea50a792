import Foundation

/// What two sites published from different forms of the same inputs (a workbook or JSON, step
/// rows or EPCIS) share, file by file.
public enum SiteFileComparison {
    /// The bytes of site file `path` (`contents`) that the other form's site must have too: all
    /// of them, but for the publication manifest's fingerprints of what each event was made from,
    /// which differ between forms (the events as read, the catalogue as read), while everything
    /// made from them does not.
    public static func shared(_ path: String, _ contents: Data?) -> Data? {
        guard path == "publication-manifest.txt", let contents else { return contents }
        let lines = String(decoding: contents, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard let tab = line.firstIndex(of: "\t"), let space = line[..<tab].firstIndex(of: " ") else { return String(line) }
            return String(line[..<space] + line[tab...])
        }
        return Data(lines.joined(separator: "\n").utf8)
    }
}
