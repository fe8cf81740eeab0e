"""Write SciPy reference values for filtering and resampling real EEG (PhysioNet EEGMMIDB S001R03).

Run once with the Debian Python that has SciPy 1.10:
    /usr/bin/python3 make_real_eeg_reference.py /path/to/data
where /path/to/data is the project's data folder (the one with eeg/eegmmidb-S001/). It writes
real_eeg_reference.json next to this script: for channels C3.. and Cz.., every 50th sample of the
zero-phase order-4 band-pass 1-40 Hz, of the order-2 band-stop 58-62 Hz, and of resample_poly(x, 25, 8).
The EDF file is parsed here with plain NumPy so that no EEG library is needed.
"""
import json
import os
import sys

import numpy as np
import scipy
from scipy import signal

HERE = os.path.dirname(os.path.abspath(__file__))
CHANNELS = ("C3..", "Cz..")
STEP = 50


def read_edf(path):
    """Return ({label: physical samples}, sampling rate) of the EDF's signal channels."""
    with open(path, "rb") as f:
        raw = f.read()
    records = int(raw[236:244])
    record_seconds = float(raw[244:252])
    count = int(raw[252:256])
    pos = 256

    def fields(width):
        nonlocal pos
        values = [raw[pos + i * width:pos + (i + 1) * width].decode("latin-1").strip() for i in range(count)]
        pos += width * count
        return values

    labels = fields(16)
    fields(80)
    fields(8)
    physical_min = [float(v) for v in fields(8)]
    physical_max = [float(v) for v in fields(8)]
    digital_min = [float(v) for v in fields(8)]
    digital_max = [float(v) for v in fields(8)]
    fields(80)
    per_record = [int(v) for v in fields(8)]
    fields(32)
    data = np.frombuffer(raw[pos:pos + 2 * records * sum(per_record)], dtype="<i2").reshape(records, -1)
    out = {}
    offset = 0
    for i, label in enumerate(labels):
        digital = data[:, offset:offset + per_record[i]].reshape(-1).astype(float)
        offset += per_record[i]
        gain = (physical_max[i] - physical_min[i]) / (digital_max[i] - digital_min[i])
        out[label] = (digital - digital_min[i]) * gain + physical_min[i]
    return out, per_record[0] / record_seconds


def main():
    data_dir = sys.argv[1]
    channels, rate = read_edf(os.path.join(data_dir, "eeg", "eegmmidb-S001", "S001R03.edf"))
    band_pass = signal.butter(4, [1.0, 40.0], btype="bandpass", fs=rate, output="sos")
    band_stop = signal.butter(2, [58.0, 62.0], btype="bandstop", fs=rate, output="sos")
    reference = {"scipyVersion": scipy.__version__, "samplingRateHz": rate, "step": STEP, "channels": {}}
    for label in CHANNELS:
        x = channels[label]
        reference["channels"][label] = {
            "sampleCount": len(x),
            "raw": x[::STEP].tolist(),
            "bandPass": signal.sosfiltfilt(band_pass, x)[::STEP].tolist(),
            "bandStop": signal.sosfiltfilt(band_stop, x)[::STEP].tolist(),
            "resampled": signal.resample_poly(x, 25, 8)[::STEP].tolist(),
        }
    with open(os.path.join(HERE, "real_eeg_reference.json"), "w") as out:
        json.dump(reference, out)


if __name__ == "__main__":
    main()
