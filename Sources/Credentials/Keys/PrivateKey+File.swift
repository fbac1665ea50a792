#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Private key files: PKCS#8 PEM that only their owner may read or write.
extension PrivateKey {
    /// The key in the PEM file at `path`.
    ///
    /// The file must be a regular file that group and others can neither read nor write (mode
    /// 0600 or 0400), as `ssh` demands of its keys: a key others could read may have been copied
    /// (``CredentialRule/keyPermissions``). The mode is checked on the opened file, before its
    /// contents are read; the file is opened without blocking, so that a FIFO is refused, not waited on.
    public init(file path: String) throws(CredentialError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw KeyFile.error(.keyUnreadable, "cannot open the key file \(path)") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw KeyFile.error(.keyUnreadable, "cannot read the key file \(path)") }
        guard status.st_mode & S_IFMT == S_IFREG else { throw CredentialError(.keyUnreadable, "the key file \(path) is not a regular file") }
        let mode = status.st_mode & 0o777
        guard mode & 0o077 == 0 else {
            throw CredentialError(
                .keyPermissions,
                "the private key file \(path) has mode \(KeyFile.octal(mode)): users other than its owner may read it; run `chmod 600 \(path)`"
            )
        }
        guard Int(status.st_size) <= Self.maximumPEMSize else {
            throw CredentialError(
                .keyUnreadable, "the key file \(path) has \(status.st_size) bytes; a PEM private key has at most \(Self.maximumPEMSize)")
        }
        let bytes = try KeyFile.readAll(descriptor, path: path)
        do {
            try self.init(pem: String(decoding: bytes, as: UTF8.self))
        } catch {
            throw CredentialError(error.rule, "\(path): \(error.message)")
        }
    }

    /// Writes the key as PKCS#8 PEM to a new file at `path`, with mode 0600.
    ///
    /// The key is written to a temporary file in the same folder, flushed to disk, then linked
    /// to `path`, so that `path` holds the whole key or does not exist. An existing file is never
    /// replaced: a lost private key cannot be recovered (``CredentialRule/keyUnwritable``).
    public func write(toFile path: String) throws(CredentialError) {
        let text = Array(try pem().utf8)
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let temporary = folder + ".key-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw KeyFile.error(.keyUnwritable, "cannot create a file in the folder of \(path)") }
        defer { unlink(temporary) }
        guard KeyFile.writeAll(text, to: descriptor), fchmod(descriptor, 0o600) == 0, fsync(descriptor) == 0 else {
            let failure = KeyFile.error(.keyUnwritable, "cannot write the key file \(path)")
            close(descriptor)
            throw failure
        }
        guard close(descriptor) == 0 else { throw KeyFile.error(.keyUnwritable, "cannot write the key file \(path)") }
        guard link(temporary, path) == 0 else {
            if errno == EEXIST {
                throw CredentialError(
                    .keyUnwritable, "\(path) exists already; a private key file is never replaced: choose another name or remove it first")
            }
            throw KeyFile.error(.keyUnwritable, "cannot create the key file \(path)")
        }
    }
}

/// The system calls behind key files, with `errno` turned into messages.
private enum KeyFile {
    /// An error of `rule` saying `message` and the reason `errno` gives.
    static func error(_ rule: CredentialRule, _ message: String) -> CredentialError {
        CredentialError(rule, "\(message): \(String(cString: strerror(errno)))")
    }

    /// `mode` in octal, as `chmod` takes it (`0644`).
    static func octal(_ mode: mode_t) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Every byte left in the open file `descriptor`.
    static func readAll(_ descriptor: Int32, path: String) throws(CredentialError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        while true {
            let count = read(descriptor, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw error(.keyUnreadable, "cannot read the key file \(path)") }
            guard count > 0 else { return bytes }
            bytes += chunk[..<count]
            guard bytes.count <= PrivateKey.maximumPEMSize else {
                throw CredentialError(.keyUnreadable, "the key file \(path) grew past \(PrivateKey.maximumPEMSize) bytes while it was read")
            }
        }
    }

    /// Whether all of `bytes` were written to `descriptor`.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }
}
