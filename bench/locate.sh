#!/usr/bin/env bash
# Benchmarks SpatialIndex.adminUnitsAt and nearestPlace against brute-force scans (see bench/README.md).
# Run from the repository root:  bash bench/locate.sh [--points=100000 --warmup=10000 --passes=3 --seed=...]
# Builds the product classes with Maven, compiles the bench with javac into bench/work/, runs it and keeps
# the output in bench/work/locate-<timestamp>.txt.
set -euo pipefail

cd "$(dirname "$0")/.."
work=bench/work
mkdir -p "$work"

source bench/common.sh

echo "Compiling the bench..."
rm -rf "$work/classes"
javac --release 21 -Xlint:all -d "$work/classes" -cp "$classpath" \
    bench/src/main/java/org/balise/bench/LocateBenchmark.java

output="$work/locate-$(date +%Y%m%d-%H%M%S).txt"
echo "Running (about 6 minutes on 2 cores; output also in $output)..."
# A fixed heap, so that growing the heap is not timed in any pass.
java -Xms1g -Xmx1g -cp "$work/classes:$classpath" org.balise.bench.LocateBenchmark "$@" | tee "$output"
