#!/usr/bin/env bash
# National-scale prioritisation benchmark (see bench/README.md and bench/RESULTS.md): re-prioritisation of 100,000 hazardous
# areas placed around the real gazetteer settlements, and the hzd_area bbox query on H2 (and on the local
# PostgreSQL when 127.0.0.1:5432 answers), each against a brute-force baseline.
# Run from the repository root:  bash bench/prioritise.sh [--no-postgres --areas=N --sample=N --passes=N ...]
# Builds the product classes with Maven, compiles the bench with javac into bench/work/prioritise/, runs it
# (about a minute on 2 cores) and keeps the output in bench/work/prioritise-<timestamp>.txt.
set -euo pipefail

cd "$(dirname "$0")/.."
work=bench/work/prioritise
mkdir -p "$work"

source bench/common.sh

echo "Compiling the bench..."
rm -rf "$work/classes"
javac --release 21 -Xlint:all -d "$work/classes" -cp "$classpath" \
    bench/src/main/java/org/balise/bench/NationalData.java bench/src/main/java/org/balise/bench/NationalDatabase.java \
    bench/src/main/java/org/balise/bench/PrioritisationBenchmark.java

# The product's goal is stated for 2 cores: on a bigger machine the JVM is pinned to CPUs 0 and 1, and
# -XX:ActiveProcessorCount=2 sizes the common fork-join pool (parallel streams) and the GC for 2 cores.
pin=()
if (( $(nproc) > 2 )) && command -v taskset >/dev/null; then
    pin=(taskset -c 0,1)
fi
output="bench/work/prioritise-$(date +%Y%m%d-%H%M%S).txt"
echo "Running (about a minute on 2 cores; output also in $output)..."
# A fixed heap, so that growing the heap is not timed in any pass.
${pin[@]+"${pin[@]}"} java -Xms2g -Xmx2g -XX:ActiveProcessorCount=2 -cp "$work/classes:$classpath" \
    org.balise.bench.PrioritisationBenchmark --work="$work" "$@" 2>&1 | tee "$output"
