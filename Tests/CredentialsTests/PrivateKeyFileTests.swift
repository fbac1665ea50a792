import Credentials
import Foundation
import TestSupport
import Testing

@Suite struct PrivateKeyFileTests {
    /// The permission bits of the file at `path`.
    static func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test(arguments: Curve.allCases)
    func aWrittenKeyHasMode0600AndReadsBack(_ curve: Curve) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = try PrivateKey.generate(on: curve)
        try key.write(toFile: folder.path("issuer.pem"))
        #expect(try Self.mode(folder.path("issuer.pem")) == 0o600)
        #expect(try String(contentsOfFile: folder.path("issuer.pem"), encoding: .utf8) == key.pem())
        #expect(try PrivateKey(file: folder.path("issuer.pem")).publicKey == key.publicKey)
        // Nothing but the key is left in the folder.
        #expect(try folder.names() == ["issuer.pem"])
    }

    @Test func anExistingFileIsNeverReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("key.pem", "the old key")
        let error = expectError(.keyUnwritable) { try PrivateKey.generate().write(toFile: path) }
        #expect(error?.message.contains("exists already") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "the old key")
        #expect(try folder.names() == ["key.pem"])
    }

    @Test func aMissingFolderIsReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        expectError(.keyUnwritable) { try PrivateKey.generate().write(toFile: folder.path("no-such-folder/key.pem")) }
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o660, 0o606, 0o700 | 0o001])
    func aKeyFileOthersCanReadIsRefused(_ mode: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("key.pem")
        try PrivateKey.generate().write(toFile: path)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        let error = expectError(.keyPermissions) { try PrivateKey(file: path) }
        #expect(error?.message.contains("chmod 600 \(path)") == true)
        #expect(error?.message.contains("mode 0\(String(mode, radix: 8))") == true)
    }

    @Test(arguments: [0o600, 0o400])
    func aKeyFileOnlyItsOwnerCanReadIsAccepted(_ mode: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("key.pem")
        let key = try PrivateKey.generate()
        try key.write(toFile: path)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        #expect(try PrivateKey(file: path).publicKey == key.publicKey)
    }

    @Test func missingFilesFoldersAndNonKeysAreUnreadable() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        expectError(.keyUnreadable) { try PrivateKey(file: folder.path("absent.pem")) }
        expectError(.keyUnreadable) { try PrivateKey(file: folder.url.path) }
        let path = try folder.write("notes.pem", "not a key")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let error = expectError(.keyUnreadable) { try PrivateKey(file: path) }
        #expect(error?.message.hasPrefix(path) == true)
    }

    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(mkfifo(folder.path("key.pem"), 0o600) == 0)
        let error = expectError(.keyUnreadable) { try PrivateKey(file: folder.path("key.pem")) }
        #expect(error?.message.contains("not a regular file") == true)
    }

    @Test func anOversizedKeyFileIsRefusedUnread() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("huge.pem", bytes: [UInt8](repeating: 0x41, count: 1 << 20))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        expectError(.keyUnreadable) { try PrivateKey(file: path) }
    }
}
