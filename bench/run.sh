#!/usr/bin/env bash
# Runs the benchmarks against the Python tools scientists use, in the same run on the same machine,
# and writes bench/target/report.md. Usage: bash bench/run.sh [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=${1:-${RESEARCHML_DATA_DIR:-../shared/data}}
report=bench/target/report.md

# Debian's SciPy and scikit-learn are the comparison; install them when missing.
if ! /usr/bin/python3 -c 'import scipy, sklearn' 2>/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-scipy python3-sklearn
fi

mvn -B -q -DskipTests package
jar=bench/target/researchml-bench.jar
work=bench/target/work
mkdir -p "$work"

{
  echo "# Benchmark report"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "- java: $(java -version 2>&1 | head -1)"
  echo "- python: $(/usr/bin/python3 -c 'import scipy, sklearn, numpy; print("numpy", numpy.__version__, "scipy", scipy.__version__, "sklearn", sklearn.__version__)')"
  echo
} > "$report"

java -Xmx16g -jar "$jar" all --data-dir "$data_dir" --work "$work" --report "$report"
echo "Report written to $report"
