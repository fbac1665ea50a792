import CZlib

/// One zlib call over whole buffers, the step the deflater and the inflater share.
enum ZlibStream {
    /// Runs `operation` (`deflate` or `inflate`) once with `Z_FINISH` on `stream`, reading all of
    /// `input` and writing into `output`; its status and how many bytes it wrote.
    static func finish(
        _ stream: UnsafeMutablePointer<z_stream>, input: inout [UInt8], output: inout [UInt8],
        operation: (UnsafeMutablePointer<z_stream>, Int32) -> Int32
    ) -> (status: Int32, produced: Int) {
        input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.pointee.next_in = inputBuffer.baseAddress
                stream.pointee.avail_in = UInt32(inputBuffer.count)
                stream.pointee.next_out = outputBuffer.baseAddress
                stream.pointee.avail_out = UInt32(outputBuffer.count)
                let status = operation(stream, Z_FINISH)
                return (status, outputBuffer.count - Int(stream.pointee.avail_out))
            }
        }
    }
}
