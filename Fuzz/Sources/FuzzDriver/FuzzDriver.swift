import CLibFuzzer

#if canImport(Glibc)
    import Glibc
#endif

/// Runs libFuzzer over a harness: SwiftPM gives every executable its own `main`, so each harness
/// hands its input function to libFuzzer's driver instead of relying on libFuzzer's `main`.
public enum FuzzDriver {
    /// Runs libFuzzer with the process's command line (corpus folders, `-runs=`, `-max_total_time=`...),
    /// calling `harness` with each input, and exits with its status.
    public static func run(_ harness: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, harness))
    }

    /// The input as bytes (an empty input arrives as a null pointer).
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }
}
