"""Time SciPy's zero-phase Butterworth band-pass on the same workload as FilterBench.java.

Filters 32 channels x 1,000,000 seeded standard-normal samples with an order-4 band-pass
of 1-40 Hz at 500 Hz through scipy.signal.sosfiltfilt (its defaults: odd padding, default
padlen) and prints the median wall-clock seconds over the repeats.

Run with the Debian Python that has SciPy 1.10: /usr/bin/python3 bench/python/filter_bench.py [repeats]
"""
import statistics
import sys
import time

import numpy as np
from scipy import signal

CHANNELS = 32
SAMPLES = 1_000_000
SAMPLING_RATE_HZ = 500.0
SEED = 42


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    data = np.random.default_rng(SEED).standard_normal((CHANNELS, SAMPLES))
    sos = signal.butter(4, [1.0, 40.0], btype="bandpass", fs=SAMPLING_RATE_HZ, output="sos")
    signal.sosfiltfilt(sos, data[:, :10_000])  # warm-up
    seconds = []
    for _ in range(repeats):
        start = time.perf_counter()
        signal.sosfiltfilt(sos, data, axis=-1)
        seconds.append(time.perf_counter() - start)
    print(f"scipy {signal.__name__} sosfiltfilt median seconds: {statistics.median(seconds):.3f} "
          f"(repeats={repeats}, all={[round(s, 3) for s in seconds]})")


if __name__ == "__main__":
    main()
