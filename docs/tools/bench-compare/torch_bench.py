#!/usr/bin/env python3
"""torch_bench.py - PyTorch's activations on one thread, for chapter 10's
`make bench-compare` (compare.c reads what this prints).

Usage: python3 torch_bench.py > torch.tsv

Float32 tensors at the sizes compare.c times (4 KiB and 16 KiB in cache,
256 MiB from memory), inputs in [-8, 8], outputs preallocated and written
with out=, so no allocation is timed. Every time is the best of 51 runs
of about 1 ms (7 passes over the large array): the machine may be shared. Each call also pays PyTorch's dispatch from Python: we
measure it as the time of a call on a 1-element tensor (call_ns) and give
it beside the time per element, which includes it.
"""
import sys
import time

import torch

REPEATS = 51
REPEATS_LARGE = 7
RUN_SECONDS = 0.001
SIZES = [4096, 16384, 256 << 20]


def best_ns_per_call(fn):
    fn()
    t0 = time.perf_counter()
    fn()
    once = time.perf_counter() - t0
    reps = max(1, int(RUN_SECONDS / once)) if once > 0 else 1000
    best = float("inf")
    for _ in range(REPEATS if reps > 1 else REPEATS_LARGE):
        t0 = time.perf_counter()
        for _ in range(reps):
            fn()
        best = min(best, (time.perf_counter() - t0) / reps)
    return 1e9 * best


def calls(x, y):
    return {
        "copy": lambda: y.copy_(x),
        "relu": lambda: torch.clamp_min(x, 0.0, out=y),
        "sigmoid": lambda: torch.sigmoid(x, out=y),
        "tanh": lambda: torch.tanh(x, out=y),
    }


def main():
    torch.set_num_threads(1)
    one_x, one_y = torch.zeros(1), torch.zeros(1)
    call_ns = {f: best_ns_per_call(c) for f, c in calls(one_x, one_y).items()}
    print("function\tsize_bytes\tns_per_elem\tcall_ns")
    for size in SIZES:
        n = size // 4
        x = torch.rand(n, dtype=torch.float32) * 16 - 8
        y = torch.empty(n, dtype=torch.float32)
        for f, c in calls(x, y).items():
            ns = best_ns_per_call(c) / n
            print(f"{f}\t{size}\t{ns:.4g}\t{call_ns[f]:.4g}")
    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}, "
          f"cpu capability {torch.backends.cpu.get_cpu_capability()}"
          if hasattr(torch.backends, "cpu") else f"torch {torch.__version__}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
