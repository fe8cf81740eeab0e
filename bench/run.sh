#!/usr/bin/env bash
# Runs every benchmark next to the Python tool a scientist would use, in the same run on the
# same machine, and writes the raw lines to bench/target/report.md. Usage:
#   bash bench/run.sh [DATA_DIR]        (default: $RESEARCHML_DATA_DIR or ../shared/data)
# BENCH_ONLY=eeg or BENCH_ONLY=unet runs only that part. BENCHMARKS.md quotes the medians and
# ratios from such a report.
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=$(realpath "${1:-${RESEARCHML_DATA_DIR:-../shared/data}}")
report=bench/target/report.md
work=bench/target/work
python=/usr/bin/python3

# Debian's SciPy, scikit-learn and MNE-Python are the comparison; install them when missing.
if ! "$python" -c 'import scipy, sklearn, mne, torch' 2>/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-scipy python3-sklearn python3-mne python3-torch
fi

mvn -B -q -DskipTests package
jar=bench/target/researchml-bench.jar
java=(java -Xmx16g -cp "$jar")
mkdir -p "$work"

line() { echo "$*" | tee -a "$report"; }
: > "$report"
line "# Benchmark report"
line "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
line "- machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
line "- java: $(java -version 2>&1 | head -1)"
line "- python: $("$python" -c 'import numpy, scipy, sklearn, mne, torch; print("numpy", numpy.__version__, "scipy", scipy.__version__, "sklearn", sklearn.__version__, "mne", mne.__version__, "torch", torch.__version__)')"

# Returns whether a part (eeg or unet) is to run.
want() { [ -z "${BENCH_ONLY:-}" ] || [ "$BENCH_ONLY" = "$1" ]; }

if want eeg; then
line "## Zero-phase band-pass, 32 channels x 1,000,000 samples (median seconds)"
line "$("${java[@]}" org.researchml.bench.FilterBench 7 2>/dev/null | tail -1)"
line "$("$python" bench/python/filter_bench.py 7)"

line "## Reading all EEGMMIDB runs of S001"
line "$("${java[@]}" org.researchml.bench.EegReadBench "$data_dir/eeg/eegmmidb-S001" 20 2>/dev/null | tail -1)"
line "$("$python" bench/python/eeg_read_bench.py "$data_dir/eeg/eegmmidb-S001" 5)"

line "## Ensemble training, logistic regression + LDA + random forest, soft voting"
if [ ! -f "$work/train.csv" ]; then
  "$python" bench/python/make_ensemble_data.py --out-dir "$work"
fi
line "$("${java[@]}" org.researchml.bench.EnsembleBench "$work/train.csv" "$work/test.csv" 2>/dev/null | tail -1)"
line "$("$python" bench/python/ensemble_bench.py "$work/train.csv" "$work/test.csv")"
if [ "${BENCH_WEKA_FOREST:-0}" = 1 ]; then
  # Weka's own RandomForest takes about 1,000 s here, so it runs only on request.
  line "$("${java[@]}" org.researchml.bench.EnsembleBench "$work/train.csv" "$work/test.csv" 100 16 5 RANDOM_FOREST 2>/dev/null | tail -1)"
fi

line "## AUC on identical features, EEGMMIDB S001 R03 -> R07 (window level)"
for members in logistic,lda,random-forest logistic,lda,naive-bayes,j48,random-forest; do
  line "$("${java[@]}" org.researchml.bench.StudyAucBench "$data_dir" "$work" "$members" 2>/dev/null | tail -1)"
  line "$("$python" bench/python/study_auc.py "$work" "$members")"
done

line "## Window features, step 1 sample, 64 channels x 20,000 samples"
line "$("${java[@]}" org.researchml.bench.WindowFeatureBench 2>/dev/null | tail -3 | tr '\n' ' ')"

fi

if want unet; then
line "## U-Net, depth 4, 1x256x256 tiles, batch 4 (training step seconds, inference tiles/s, peak memory)"
apt_time() { command -v /usr/bin/time >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; }
apt_time
# Each case runs in its own process so that /usr/bin/time's maximum resident set size is that
# case's peak memory. Two rounds alternate DL4J and PyTorch, so that both see the same machine load.
for round in 1 2; do
  line "### Round $round"
  for base in 16 64; do
    /usr/bin/time -f "peak memory (max RSS) of UNetBench $base:on: %M KiB" -a -o "$report" \
      "${java[@]}" org.researchml.bench.UNetBench 256 4 5 "$base:on" 2>/dev/null | tail -1 | tee -a "$report"
    /usr/bin/time -f "peak memory (max RSS) of unet_bench.py base $base: %M KiB" -a -o "$report" \
      "$python" bench/python/unet_bench.py 256 4 5 "$base" | tail -1 | tee -a "$report"
  done
done
line "### DL4J without the oneDNN layer helpers"
/usr/bin/time -f "peak memory (max RSS) of UNetBench 16:off: %M KiB" -a -o "$report" \
  "${java[@]}" org.researchml.bench.UNetBench 256 4 3 16:off 2>/dev/null | tail -1 | tee -a "$report"
fi

echo "Report written to $report"
