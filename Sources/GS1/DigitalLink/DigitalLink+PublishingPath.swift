extension DigitalLink {
    /// The folder components under which the site of this Digital Link is published, e.g.
    /// `["01", "09521234000013", "10", "LOT%2F1"]`.
    ///
    /// The components are the AIs and values of the canonical path (key, then qualifiers; no
    /// stem, no attributes). Each value keeps ASCII letters, digits, `-` and `_`; every other
    /// byte, `.` and `%` included, is written `%XX` with upper-case hex digits. So:
    /// - a component is never empty, `.` or `..`, and never holds `/`, `\`, NUL or a control
    ///   character: joined under an output folder, the path cannot leave it;
    /// - the mapping is injective: distinct Digital Links give distinct paths (AIs are digits,
    ///   percent-encoding is reversible), on a case-sensitive file system. On a case-insensitive
    ///   one (macOS by default), lots differing only in letter case share a folder.
    /// - each component is at most 90 bytes (the longest key or qualifier value is 30 characters).
    public func publishingPath() -> [String] {
        var components: [String] = []
        for element in [primaryKey] + qualifiers {
            components.append(element.ai)
            var bytes: [UInt8] = []
            PercentEncoding.encode(element.value.utf8, into: &bytes, keeping: Self.isSafeInFolderName)
            components.append(String(decoding: bytes, as: UTF8.self))
        }
        return components
    }

    private static func isSafeInFolderName(_ byte: UInt8) -> Bool {
        GS1CharacterSet.cset64.contains(byte)
    }
}
