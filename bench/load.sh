#!/usr/bin/env bash
# Mixed load on national-scale data (see bench/README.md): 100,000 hazardous areas, 5,000 accidents and 20,000
# reference-layer features from the bench generator, loaded into a fresh database (the embedded H2, then PostgreSQL
# when one answers on 127.0.0.1:5432); Balise started on it; 32 clients sending map bbox queries, list pages and
# OpenRosa submissions for 60 s, pausing 1 s on average between requests, then for 60 s without pause, after a 15 s
# warm-up, against the same mix from 1 client measured in the same run.
# Run from the repository root:  bash bench/load.sh [--clients=32 --think=1000 --warmup=15 --duration=60 --seed=N]
# Takes about 11 minutes on 2 cores; output in bench/work/load-<timestamp>.txt, server logs in bench/work/load/.
set -euo pipefail

cd "$(dirname "$0")/.."
work=bench/work/load
mkdir -p "$work"

source bench/common.sh

echo "Compiling the bench..."
rm -rf "$work/classes"
javac --release 21 -Xlint:all -d "$work/classes" -cp "$classpath" \
    bench/src/main/java/org/balise/bench/LoadBenchmark.java bench/src/main/java/org/balise/bench/LoadClient.java \
    bench/src/main/java/org/balise/bench/LoadMix.java bench/src/main/java/org/balise/bench/NationalData.java \
    bench/src/main/java/org/balise/bench/NationalDatabase.java bench/src/main/java/org/balise/bench/BaliseServer.java \
    bench/src/main/java/org/balise/bench/OpenRosaPhone.java bench/src/main/java/org/balise/bench/LongList.java \
    bench/src/main/java/org/balise/bench/Percentiles.java bench/src/main/java/org/balise/bench/Cpu.java

# As the other benches: on a bigger machine everything is pinned to CPUs 0 and 1 (the clients' cost is charged to
# the server's 2 cores, as on the target machine); the server gets -XX:ActiveProcessorCount=2 from the bench.
pin=()
if (( $(nproc) > 2 )) && command -v taskset >/dev/null; then
    pin=(taskset -c 0,1)
fi
bench() {
    ${pin[@]+"${pin[@]}"} java -Xms512m -Xmx1g -XX:ActiveProcessorCount=2 -cp "$work/classes:$classpath" \
        org.balise.bench.LoadBenchmark --classpath="$classpath" --work="$work" "$@"
}

output="bench/work/load-$(date +%Y%m%d-%H%M%S).txt"
status=0
{
    echo "command: bash bench/load.sh $*"
    echo "machine: $(nproc) cores, $(uptime)"
    bench "$@" || status=1
    if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
        database="balise_load_$(date +%s)"
        createdb -h 127.0.0.1 -U postgres "$database"
        bench --postgres="jdbc:postgresql://127.0.0.1:5432/$database" "$@" || status=1
        dropdb -h 127.0.0.1 -U postgres --if-exists "$database" || true
    else
        echo "No PostgreSQL on 127.0.0.1:5432: only H2 was measured."
    fi
    exit $status
} 2>&1 | tee "$output"
