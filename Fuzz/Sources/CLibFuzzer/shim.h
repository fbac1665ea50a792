// libFuzzer's entry point for a program with its own main (libclang_rt.fuzzer, linked by
// -sanitize=fuzzer): runs the fuzzer with the command line and calls `callback` for each input.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
