"""Read all EEGMMIDB runs with MNE-Python, the reader EEG scientists use, and print MB/s.

Loads every S*.edf in FOLDER fully (preload=True) REPEATS times, like EegReadBench.java does,
and divides the file bytes by the wall time.

Run with the Debian Python (package python3-mne): /usr/bin/python3 bench/python/eeg_read_bench.py FOLDER [REPEATS]
"""
import glob
import os
import sys
import time

import mne


def main():
    folder = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    files = sorted(glob.glob(os.path.join(folder, "S*.edf")))
    total_bytes = sum(os.path.getsize(f) for f in files)
    mne.set_log_level("ERROR")
    for f in files:
        mne.io.read_raw_edf(f, preload=True)
    start = time.perf_counter()
    for _ in range(repeats):
        for f in files:
            mne.io.read_raw_edf(f, preload=True)
    seconds = time.perf_counter() - start
    print(f"mne {mne.__version__} read {len(files)} files x {repeats}: {total_bytes * repeats / seconds / 1e6:.1f} MB/s")


if __name__ == "__main__":
    main()
