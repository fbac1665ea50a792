#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output and standard error; the only place that writes to the terminal.
struct Console: Sendable {
    /// Writes `text` to standard output.
    func out(_ text: String) { write(text, to: 1) }

    /// Writes `text` to standard error.
    func err(_ text: String) { write(text, to: 2) }

    /// Whether standard error is a terminal (progress is shown only then).
    var stderrIsTerminal: Bool { isatty(2) != 0 }

    private func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }
}
