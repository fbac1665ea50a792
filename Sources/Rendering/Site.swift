/// The files of a static passport site, each at a path of folder names below the site's root.
public struct Site: Sendable {
    /// One file of the site.
    public struct File: Sendable, Hashable {
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

    public private(set) var files: [File] = []

    public init() {}

    /// Adds `file`; a later file at the same path replaces the earlier one.
    public mutating func add(_ file: File) {
        files.removeAll { $0.path == file.path }
        files.append(file)
    }
}
