/// A file that can be read at any offset (`pread(2)`), so that a reader takes what it needs
/// where it needs it instead of holding the file whole.
public struct RandomAccessInput {
    /// The file's size when it was opened.
    public let size: Int
    /// Reads bytes at an offset into the buffer; the count read, 0 at the end of the file.
    public let read: (UnsafeMutableRawBufferPointer, _ offset: Int) throws -> Int

    public init(size: Int, read: @escaping (UnsafeMutableRawBufferPointer, _ offset: Int) throws -> Int) {
        self.size = size
        self.read = read
    }
}
