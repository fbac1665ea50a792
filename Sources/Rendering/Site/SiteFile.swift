/// One file of a static passport site, at a path of folder names below the site's root.
public struct SiteFile: Sendable, Hashable {
    /// Folder names then the file name; never empty, `.` or `..`, never containing `/` or NUL.
    public var path: [String]
    public var bytes: [UInt8]

    public init(path: [String], bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: [String], text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
