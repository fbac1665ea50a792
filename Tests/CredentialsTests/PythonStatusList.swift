import Foundation
import JSONCore
import TestSupport

/// Bitstring status lists made and read by Python's `gzip` and `base64`, independent of the code
/// under test.
enum PythonStatusList {
    /// Python failed; `message` is its standard error.
    struct Failure: Error {
        let message: String
    }

    /// The length and the set bits of an `encodedList`, read by Python: strip `u`, base64url
    /// decode with the padding restored, `gzip.decompress`, index 0 the high bit of byte 0.
    static func read(_ encodedList: String) throws -> (length: Int, setBits: [Int]) {
        let output = try run(
            #"""
            import base64, gzip, json, sys
            text = sys.stdin.read()
            assert text[0] == "u", "multibase prefix"
            bits = gzip.decompress(base64.urlsafe_b64decode(text[1:] + "=" * (-len(text[1:]) % 4)))
            print(json.dumps({"length": len(bits) * 8,
                              "set": [i for i in range(len(bits) * 8) if bits[i // 8] & (0x80 >> (i % 8))]}))
            """#, input: encodedList)
        let value = try JSONParser().parse(output)
        return (value["length"]?.numberValue?.intValue ?? -1, value["set"]?.arrayValue?.compactMap { $0.numberValue?.intValue } ?? [])
    }

    /// An `encodedList` of `length` entries with `setBits` set, made by Python's
    /// `gzip.compress` (level 9, the current time, OS byte 255: none of them ours).
    static func make(length: Int, setBits: [Int]) throws -> String {
        try run(
            #"""
            import base64, gzip, json, sys
            request = json.loads(sys.stdin.read())
            bits = bytearray(request["length"] // 8)
            for i in request["set"]:
                bits[i // 8] |= 0x80 >> (i % 8)
            print("u" + base64.urlsafe_b64encode(gzip.compress(bytes(bits))).decode().rstrip("="), end="")
            """#, input: "{\"length\": \(length), \"set\": \(setBits)}")
    }

    /// An `encodedList` whose GZIP stream inflates to `bytes` zero bytes: a GZIP bomb when large.
    static func zeros(bytes: Int) throws -> String {
        try run(
            #"""
            import base64, sys, zlib
            compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
            chunk, stream = bytes(1 << 20), []
            for _ in range(int(sys.stdin.read()) >> 20):
                stream.append(compressor.compress(chunk))
            stream.append(compressor.flush())
            print("u" + base64.urlsafe_b64encode(b"".join(stream)).decode().rstrip("="), end="")
            """#, input: String(bytes))
    }

    /// What `script` prints, given `input` on its standard input.
    private static func run(_ script: String, input: String) throws -> String {
        guard let python = OutsideTool.url(of: "python3") else { throw Failure(message: "python3 is not installed") }
        let result = try ChildProcess.run(python, ["-c", script], input: .bytes(Data(input.utf8)))
        guard result.status == 0 else { throw Failure(message: result.stderr) }
        return result.stdout
    }
}
