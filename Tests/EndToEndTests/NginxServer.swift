import Foundation
import TestSupport

/// Debian's nginx running a configuration `dpp` wrote, on 127.0.0.1 at a free port, stopped by `stop()`.
struct NginxServer {
    /// An HTTP response as curl received it: the status, the headers (names in lower case; the
    /// values of a repeated header joined with `, `) and the body.
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String

        subscript(_ name: String) -> String? { headers[name.lowercased()] }
    }

    let port: Int
    private let process: Process

    /// A free TCP port on 127.0.0.1: one the system picks for a socket bound to port 0, then closed.
    static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw CocoaError(.fileWriteUnknown) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Starts `nginx -p folder -c nginx.conf` in the foreground on `port` and waits until it answers.
    init(folder: String, port: Int) throws {
        guard let nginx = OutsideTool.url(of: "nginx") else { throw CocoaError(.fileNoSuchFile) }
        self.port = port
        process = Process()
        process.executableURL = nginx
        process.arguments = ["-p", folder, "-c", "nginx.conf", "-e", "stderr", "-g", "daemon off;"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<100 {
            if let response = try? request("/.well-known/gs1resolver"), response.status == 200 { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        stop()
        throw CocoaError(.fileReadUnknown)
    }

    /// Stops nginx (SIGTERM: a fast shutdown) and waits for it to end.
    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    /// `method path` with `headers`, without following redirects.
    func request(_ path: String, method: String = "GET", headers: [String: String] = [:]) throws -> Response {
        // The headers then the body on standard output; with -I, the headers alone.
        var arguments = ["-s", "-S", "--max-time", "10", "--path-as-is"]
        arguments += method == "HEAD" ? ["-I"] : ["-D", "-", "-X", method]
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { arguments += ["-H", "\(name): \(value)"] }
        arguments.append("http://127.0.0.1:\(port)\(path)")
        let result = try OutsideTool.run("curl", arguments)
        guard result.status == 0 else { throw CocoaError(.fileReadUnknown) }
        let text = result.stdout
        guard let end = text.range(of: "\r\n\r\n") else { throw CocoaError(.fileReadCorruptFile) }
        var lines = text[..<end.lowerBound].components(separatedBy: "\r\n")
        let status = Int(lines.removeFirst().split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        return Response(status: status, headers: headers, body: String(text[end.upperBound...]))
    }
}
