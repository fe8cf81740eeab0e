#!/usr/bin/env python3
"""Draws the 16x16 PNG node and category icons of the KNIME node bundle.

Run from the repository root: python3 build-support/icons/make_icons.py
Each icon is a coloured rounded square with a white glyph: a wave (EEG nodes), a filter curve,
stacked trees (ensembles) or a grid (segmentation). Uses only the standard library.
"""
import math
import struct
import zlib
from pathlib import Path

SIZE = 16
RESOURCES = Path("plugins/org.researchml.knime/src/main/resources")


def png(pixels):
    """Encodes rows of (r, g, b, a) tuples as an RGBA PNG."""
    raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def canvas(colour):
    """Returns a rounded square in the given colour on a transparent background."""
    pixels = [[(0, 0, 0, 0)] * SIZE for _ in range(SIZE)]
    for y in range(SIZE):
        for x in range(SIZE):
            corner = min(x, SIZE - 1 - x) + min(y, SIZE - 1 - y)
            if corner >= 2 or (min(x, SIZE - 1 - x) >= 1 and min(y, SIZE - 1 - y) >= 1):
                pixels[y][x] = colour + (255,)
    return pixels


def plot(pixels, points):
    for x, y in points:
        if 0 <= x < SIZE and 0 <= y < SIZE:
            pixels[y][x] = (255, 255, 255, 255)


def wave(pixels, amplitude, cycles):
    points = []
    for x in range(2, SIZE - 2):
        y = round(7.5 - amplitude * math.sin(2 * math.pi * cycles * (x - 2) / (SIZE - 4)))
        points.append((x, y))
        points.append((x, y + 1))
    plot(pixels, points)


def trees(pixels):
    for left in (2, 9):
        plot(pixels, [(left + 2, 3), (left + 1, 4), (left + 2, 4), (left + 3, 4)])
        plot(pixels, [(left + dx, 5 + dy) for dy in range(3) for dx in range(5) if abs(dx - 2) <= dy + 1])
        plot(pixels, [(left + 2, 8), (left + 2, 9)])
    plot(pixels, [(x, 12) for x in range(3, 13)])


def grid(pixels):
    for i in range(3, 13):
        plot(pixels, [(i, 3), (i, 12), (3, i), (12, i), (i, 7), (7, i)])


def filter_curve(pixels):
    points = []
    for x in range(2, SIZE - 2):
        response = 1 / (1 + ((x - 2) / 6.0) ** 6)
        points.append((x, round(12 - 8 * response)))
    plot(pixels, points)
    plot(pixels, [(2, y) for y in range(3, 13)])


def icon(colour, draw, *args):
    pixels = canvas(colour)
    draw(pixels, *args)
    return png(pixels)


EEG = (38, 110, 170)
ENSEMBLE = (46, 139, 87)
SEGMENTATION = (150, 80, 160)
ICONS = {
    "org/researchml/knime/icons/category-researchml.png": icon((70, 70, 90), grid),
    "org/researchml/knime/icons/category-eeg.png": icon(EEG, wave, 4, 1.5),
    "org/researchml/knime/icons/category-ensembles.png": icon(ENSEMBLE, trees),
    "org/researchml/knime/icons/category-segmentation.png": icon(SEGMENTATION, grid),
    "org/researchml/knime/eeg/reader/eeg-reader.png": icon(EEG, wave, 4, 2),
    "org/researchml/knime/eeg/filter/eeg-filter.png": icon(EEG, filter_curve),
    "org/researchml/knime/eeg/rereference/eeg-rereference.png": icon(EEG, wave, 2, 1),
    "org/researchml/knime/eeg/resampler/eeg-resampler.png": icon(EEG, wave, 4, 3),
    "org/researchml/knime/eeg/labeler/eeg-labeler.png": icon(EEG, wave, 3, 0.5),
    "org/researchml/knime/eeg/features/eeg-features.png": icon(EEG, grid),
    "org/researchml/knime/ensemble/learner/ensemble-learner.png": icon(ENSEMBLE, trees),
    "org/researchml/knime/ensemble/predictor/ensemble-predictor.png": icon(ENSEMBLE, wave, 4, 1),
    "org/researchml/knime/ensemble/scorer/detection-scorer.png": icon(ENSEMBLE, grid),
    "org/researchml/knime/segmentation/imagereader/image-reader.png": icon(SEGMENTATION, grid),
    "org/researchml/knime/segmentation/learner/unet-learner.png": icon(SEGMENTATION, trees),
    "org/researchml/knime/segmentation/predictor/unet-predictor.png": icon(SEGMENTATION, wave, 4, 1),
    "org/researchml/knime/segmentation/scorer/segmentation-scorer.png": icon(SEGMENTATION, filter_curve),
}

for name, data in ICONS.items():
    target = RESOURCES / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    print(target)
