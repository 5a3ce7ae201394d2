#!/usr/bin/env bash
# Crash safety (see bench/README.md): Balise is killed with SIGKILL at random moments, 20 times on the embedded H2
# database and 20 times on PostgreSQL (when one answers on 127.0.0.1:5432), while phones send submissions and a
# client posts risk education sessions; after every restart, every write answered 2xx must be there once and whole,
# and the server must start cleanly. Run from the repository root:  bash bench/crash.sh [--kills=20]
# Takes about 10 to 15 minutes on 2 cores; output in bench/work/crash-<timestamp>.txt, logs in bench/work/crash/.
set -euo pipefail

cd "$(dirname "$0")/.."
work=bench/work/crash
mkdir -p "$work"

source bench/common.sh

echo "Compiling the bench..."
rm -rf "$work/classes"
javac --release 21 -Xlint:all -d "$work/classes" -cp "$classpath" bench/src/main/java/org/balise/bench/CrashBenchmark.java \
    bench/src/main/java/org/balise/bench/BaliseServer.java

output="bench/work/crash-$(date +%Y%m%d-%H%M%S).txt"
status=0
{
    java -cp "$work/classes" org.balise.bench.CrashBenchmark --classpath="$classpath" --work="$work" "$@" || status=1
    if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
        database="balise_crash_$(date +%s)"
        createdb -h 127.0.0.1 -U postgres "$database"
        java -cp "$work/classes" org.balise.bench.CrashBenchmark --classpath="$classpath" --work="$work" \
            --postgres="jdbc:postgresql://127.0.0.1:5432/$database" "$@" || status=1
        dropdb -h 127.0.0.1 -U postgres --if-exists "$database" || true
    else
        echo "No PostgreSQL on 127.0.0.1:5432: only H2 was tested."
    fi
    exit $status
} 2>&1 | tee "$output"
