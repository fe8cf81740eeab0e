"""Write the SciPy reference values that the signal-package tests compare against.

Run once with the Debian Python that has SciPy 1.10 (the version the values were made with):
    /usr/bin/python3 make_reference.py
It writes butterworth_reference.json and resample_reference.json next to this script.
Numbers are written with repr(), which round-trips doubles exactly.
"""
import json
import os

import numpy as np
import scipy
from scipy import signal

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240601


def test_signal(rng, length, rate_hz):
    """Return noise plus a slow drift, an alpha-band and a line-noise sine, with a DC offset."""
    t = np.arange(length) / rate_hz
    return (50.0 + 20.0 * np.sin(2 * np.pi * 0.3 * t) + 10.0 * np.sin(2 * np.pi * 10.0 * t)
            + 5.0 * np.sin(2 * np.pi * 50.0 * t) + 3.0 * rng.standard_normal(length))


def butterworth_cases():
    """Return (type, order, cut-offs, rate) tuples covering all types, several orders and two rates."""
    cases = []
    for rate in (160.0, 500.0):
        for order in (1, 2, 3, 4, 5, 8):
            cases.append(("lowpass", order, [30.0], rate))
            cases.append(("highpass", order, [1.0], rate))
            cases.append(("bandpass", order, [1.0, 40.0], rate))
            cases.append(("bandstop", order, [48.0, 52.0], rate))
    cases.append(("bandpass", 4, [8.0, 13.0], 500.0))
    cases.append(("highpass", 2, [0.1], 160.0))
    cases.append(("lowpass", 8, [75.0], 160.0))
    return cases


def butterworth_reference(rng):
    signals = {str(rate): test_signal(rng, length, rate) for rate, length in ((160.0, 200), (500.0, 250))}
    designs = []
    for btype, order, cutoffs, rate in butterworth_cases():
        sos = signal.butter(order, cutoffs if len(cutoffs) == 2 else cutoffs[0], btype=btype, fs=rate,
                            output="sos")
        entry = {"type": btype, "order": order, "cutoffsHz": cutoffs, "samplingRateHz": rate,
                 "sos": sos.tolist(), "padlen": int(3 * (2 * len(sos) + 1 - min((sos[:, 2] == 0).sum(),
                                                                           (sos[:, 5] == 0).sum())))}
        if order in (2, 4, 5, 8):
            x = signals[str(rate)]
            entry["filtfilt"] = signal.sosfiltfilt(sos, x).tolist()
            short = x[:int(entry["padlen"]) + 1]
            entry["filtfiltShortest"] = signal.sosfiltfilt(sos, short).tolist()
            entry["filtfiltShort"] = signal.sosfiltfilt(sos, x[:int(entry["padlen"]) + 7]).tolist()
            if order == 4:
                entry["sosfilt"] = signal.sosfilt(sos, x).tolist()
            entry["sosfiltZi"] = signal.sosfilt_zi(sos).tolist()
        designs.append(entry)
    return {"scipyVersion": scipy.__version__, "signals": {k: v.tolist() for k, v in signals.items()},
            "designs": designs}


def resample_reference(rng):
    x = test_signal(rng, 500, 160.0)
    cases = []
    for up, down in ((1, 2), (2, 1), (3, 2), (2, 3), (25, 8), (1, 4), (4, 6)):
        cases.append({"up": up, "down": down, "output": signal.resample_poly(x, up, down).tolist()})
    short = x[:7]
    cases.append({"up": 3, "down": 5, "input": short.tolist(), "output": signal.resample_poly(short, 3, 5).tolist()})
    return {"scipyVersion": scipy.__version__, "signal": x.tolist(), "cases": cases}


def main():
    rng = np.random.default_rng(SEED)
    with open(os.path.join(HERE, "butterworth_reference.json"), "w") as out:
        json.dump(butterworth_reference(rng), out)
    with open(os.path.join(HERE, "resample_reference.json"), "w") as out:
        json.dump(resample_reference(rng), out)


if __name__ == "__main__":
    main()
