#!/usr/bin/env bash
# Benchmarks SpatialIndex.adminUnitsAt and nearestPlace against brute-force scans (see bench/README.md).
# Run from the repository root:  bash bench/locate.sh [--points=100000 --warmup=10000 --passes=3 --seed=...]
# Builds the product classes with Maven, compiles the bench with javac into bench/work/, runs it and keeps
# the output in bench/work/locate-<timestamp>.txt.
set -euo pipefail

cd "$(dirname "$0")/.."
work=bench/work
mkdir -p "$work"

# The major version of a JDK home ("17", "21", "25"), or nothing when it is not a JDK with javac.
jdk_major() {
    [[ -x "$1/bin/java" && -x "$1/bin/javac" ]] || return 0
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

# Keep the caller's JDK when it is 21 or newer; otherwise take the newest JDK 21+ found in the usual places.
find_jdk() {
    local candidates=()
    [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
    if command -v javac >/dev/null; then
        candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
    fi
    local home major
    for home in ${candidates[@]+"${candidates[@]}"}; do
        major=$(jdk_major "$home")
        if [[ -n "$major" ]] && (( major >= 21 )); then
            echo "$home"
            return
        fi
    done
    local best="" best_major=0
    for home in /usr/lib/jvm/* /opt/java/* /opt/*jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
                /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [[ -d "$home" ]] || continue
        major=$(jdk_major "$home")
        if [[ -n "$major" ]] && (( major >= 21 && major > best_major )); then
            best="$home"
            best_major=$major
        fi
    done
    [[ -n "$best" ]] && echo "$best"
}

JAVA_HOME=$(find_jdk) || true
if [[ -z "${JAVA_HOME:-}" ]]; then
    echo "No JDK 21 or newer found: set JAVA_HOME to one." >&2
    exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
echo "Using JDK $JAVA_HOME"

# Maven's own chatter (and JDK warnings about its libraries) goes to a log shown only on failure.
maven() {
    if ! mvn -q "$@" >"$work/maven.log" 2>&1; then
        cat "$work/maven.log" >&2
        echo "mvn $* failed" >&2
        exit 1
    fi
}

echo "Compiling the product (mvn -q -DskipTests compile)..."
maven -DskipTests compile
maven dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" -DincludeScope=runtime
classpath="target/classes:$(cat "$work/classpath.txt")"

echo "Compiling the bench..."
rm -rf "$work/classes"
javac --release 21 -Xlint:all -d "$work/classes" -cp "$classpath" \
    $(find bench/src/main/java -name '*.java')

output="$work/locate-$(date +%Y%m%d-%H%M%S).txt"
echo "Running (about 6 minutes on 2 cores; output also in $output)..."
# A fixed heap, so that growing the heap is not timed in any pass.
java -Xms1g -Xmx1g -cp "$work/classes:$classpath" org.balise.bench.LocateBenchmark "$@" | tee "$output"
