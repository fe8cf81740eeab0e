"""Compute reference values for the EEG reader tests, independently of the Java readers.

Run once with /usr/bin/python3 (NumPy) from the repository root, passing the data folder:
    python3 plugins/org.researchml.core/src/test/python/eeg_expected_values.py "$RESEARCHML_DATA_DIR"
It writes src/test/resources/org/researchml/core/eeg/expected-values.json. EDF/BDF fields are decoded
from the byte offsets of the EDF specification and BrainVision data with numpy.fromfile.
"""
import json
import os
import re
import sys

import numpy as np

TAL = re.compile(rb'([+-]\d+(?:\.\d*)?)(?:\x15(\d+(?:\.\d*)?))?\x14([^\x00]*)\x00')


def edf(path):
    raw = open(path, 'rb').read()
    bdf = raw[0] == 0xFF
    ns = int(raw[252:256])
    header_bytes = int(raw[184:192])
    records = int(raw[236:244])
    record_seconds = float(raw[244:252])
    reserved = raw[192:236].decode('latin1').strip()
    signal_part = raw[256:header_bytes]

    def field(offset, width):
        return [signal_part[offset * ns + i * width:offset * ns + (i + 1) * width].decode('latin1').strip()
                for i in range(ns)]

    labels = field(0, 16)
    units = field(96, 8)
    pmin = field(104, 8)
    pmax = field(112, 8)
    dmin = field(120, 8)
    dmax = field(128, 8)
    spr = [int(v) for v in field(216, 8)]
    width = 3 if bdf else 2
    record_bytes = sum(spr) * width
    data = np.frombuffer(raw[header_bytes:header_bytes + records * record_bytes], dtype=np.uint8)
    data = data.reshape(records, record_bytes)

    annotation = [label in ('EDF Annotations', 'BDF Annotations') for label in labels]
    starts = np.cumsum([0] + [s * width for s in spr])
    seen = {}
    channels, samples = [], []
    signal_indices = [i for i in range(ns) if not annotation[i]]
    for channel, i in enumerate(signal_indices):
        seen[labels[i]] = seen.get(labels[i], 0) + 1
        label = labels[i] if seen[labels[i]] == 1 else '%s#%d' % (labels[i], seen[labels[i]])
        channels.append({'label': label, 'samplingRateHz': spr[i] / record_seconds, 'unit': units[i]})
    for channel in sorted({0, len(signal_indices) // 2, len(signal_indices) - 1} if signal_indices else []):
        i = signal_indices[channel]
        block = data[:, starts[i]:starts[i + 1]].reshape(-1, width)
        if bdf:
            digital = (block[:, 0].astype(np.int32) | (block[:, 1].astype(np.int32) << 8)
                       | (block[:, 2].astype(np.int32) << 16))
            digital = np.where(digital >= 1 << 23, digital - (1 << 24), digital)
        else:
            digital = block.copy().view('<i2').ravel().astype(np.int32)
        gain = (float(pmax[i]) - float(pmin[i])) / (float(dmax[i]) - float(dmin[i]))
        physical = (digital - float(dmin[i])) * gain + float(pmin[i])
        n = len(physical)
        for index in sorted({0, 1, n // 3, n // 2, n - spr[i] + 1, n - 1}):
            samples.append({'channel': channel, 'index': int(index), 'value': float(physical[index])})

    onsets, annotations = [], []
    first_annotation = annotation.index(True) if True in annotation else None
    for r in range(records):
        onset = r * record_seconds
        for i in range(ns):
            if not annotation[i]:
                continue
            tals = TAL.findall(bytes(data[r, starts[i]:starts[i + 1]]))
            for t, (start, duration, texts) in enumerate(tals):
                parts = texts.split(b'\x14')[:-1] if texts.endswith(b'\x14') else texts.split(b'\x14')
                if i == first_annotation and t == 0 and parts and parts[0] == b'':
                    onset = float(start)
                    parts = parts[1:]
                for text in parts:
                    if text:
                        annotations.append([float(start), float(duration or 0), text.decode('utf-8')])
        onsets.append(onset)
    annotations.sort(key=lambda a: a[0])
    segments = []
    if record_seconds > 0:
        for onset in onsets:
            if segments and abs(segments[-1][0] + segments[-1][1] - onset) < 1e-6:
                segments[-1][1] += record_seconds
            else:
                segments.append([onset, record_seconds])
    plus = ''
    if reserved.startswith(('EDF+C', 'BDF+C')):
        plus = '+C'
    elif reserved.startswith(('EDF+D', 'BDF+D')):
        plus = '+D'
    return {
        'format': ('BDF' if bdf else 'EDF') + plus,
        'channels': channels,
        'durationSeconds': records * record_seconds,
        'segments': segments,
        'samples': samples,
        'sampleCounts': [records * spr[i] for i in signal_indices],
        'annotationCount': len(annotations),
        'annotations': [dict(zip(('index', 'onset', 'duration', 'text'), [k] + annotations[k]))
                        for k in sorted(set(range(min(5, len(annotations))))
                                        | set(range(max(0, len(annotations) - 3), len(annotations))))],
    }


def brainvision(path):
    lines = open(path, encoding='utf-8').read().splitlines()
    values, section = {}, ''
    for line in lines:
        if line.startswith('['):
            section = line
        elif '=' in line and not line.startswith(';') and section != '[Coordinates]':
            key, value = line.split('=', 1)
            values[key] = value
    version = re.search(r'Version (\d\.\d)', lines[0]).group(1)
    count = int(values['NumberOfChannels'])
    rate = 1e6 / float(values['SamplingInterval'])

    folder = os.path.dirname(path)
    stored = np.fromfile(os.path.join(folder, values['DataFile']), dtype='<i2').reshape(-1, count)
    channels, samples = [], []
    for c in range(count):
        fields = values['Ch%d' % (c + 1)].split(',')
        unit = fields[3] if len(fields) > 3 and fields[3] else 'µV'
        channels.append({'label': fields[0], 'samplingRateHz': rate, 'unit': unit})
        if c in (0, 15, count - 1):
            resolution = float(fields[2])
            n = stored.shape[0]
            for index in (0, 1, n // 3, n // 2, n - 1):
                samples.append({'channel': c, 'index': index, 'value': float(stored[index, c] * resolution)})

    markers = open(os.path.join(folder, values['MarkerFile']), encoding='utf-8').read().splitlines()
    annotations = []
    for line in markers:
        match = re.match(r'Mk\d+=(.*)', line)
        if match:
            fields = match.group(1).split(',')
            text = fields[0] + ('/' + fields[1] if fields[1] else '')
            annotations.append([(int(fields[2]) - 1) / rate, int(fields[3]) / rate, text])
    annotations.sort(key=lambda a: a[0])
    return {
        'format': 'BrainVision ' + version,
        'channels': channels,
        'durationSeconds': stored.shape[0] / rate,
        'segments': [[0.0, stored.shape[0] / rate]],
        'samples': samples,
        'sampleCounts': [stored.shape[0]] * count,
        'annotationCount': len(annotations),
        'annotations': [dict(zip(('index', 'onset', 'duration', 'text'), [k] + a)) for k, a in enumerate(annotations)],
    }


def main(data_folder):
    result = {}
    for folder in ('eeg/formats', 'eeg/eegmmidb-S001'):
        for root, _, names in os.walk(os.path.join(data_folder, folder)):
            for name in sorted(names):
                path = os.path.join(root, name)
                relative = os.path.relpath(path, data_folder)
                if name.endswith(('.edf', '.bdf')):
                    result[relative] = edf(path)
                elif name.endswith('.vhdr'):
                    result[relative] = brainvision(path)
    target = os.path.join(os.path.dirname(__file__), '..', 'resources', 'org', 'researchml', 'core', 'eeg',
                          'expected-values.json')
    with open(target, 'w', encoding='utf-8') as out:
        json.dump(dict(sorted(result.items())), out, indent=1, ensure_ascii=False)
    print('wrote %d files to %s' % (len(result), os.path.normpath(target)))


if __name__ == '__main__':
    main(sys.argv[1])
