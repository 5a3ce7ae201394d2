#!/usr/bin/env bash
# OpenRosa submission load benchmark (see bench/README.md): starts Balise on a free port with an empty data
# directory and the embedded H2 database, creates an app user, posts unique community-report submissions to
# /key/<token>/submission at 1, 8 and 32 concurrent clients, against a trivial accept-and-discard endpoint
# measured in the same run, checks that every 201 is stored, and stops the server (also on failure).
# Run from the repository root:  bash bench/collect.sh [--concurrency=1,8,32 --duration=10 --warmup=20 ...]
# Builds the product classes with Maven, compiles the bench with javac into bench/work/collect/, runs it (about
# 4 minutes on 2 cores with the defaults) and keeps the output in bench/work/collect-<timestamp>.txt and the
# server's log in bench/work/collect/balise-<timestamp>.log.
set -euo pipefail

cd "$(dirname "$0")/.."
work=bench/work/collect
mkdir -p "$work"

source bench/common.sh

echo "Compiling the bench..."
rm -rf "$work/classes"
javac --release 21 -Xlint:all -d "$work/classes" -cp "$classpath" \
    bench/src/main/java/org/balise/bench/SubmissionBenchmark.java bench/src/main/java/org/balise/bench/OpenRosaPhone.java \
    bench/src/main/java/org/balise/bench/LongList.java bench/src/main/java/org/balise/bench/Percentiles.java \
    bench/src/main/java/org/balise/bench/Cpu.java

# The product's goal is stated for 2 cores: on a bigger machine the server and the load generator are both
# pinned to CPUs 0 and 1 (the client's cost is then charged to the same 2 cores, in both Balise's and the
# baseline's phases), and -XX:ActiveProcessorCount=2 sizes thread pools and the GC for 2 cores.
pin=()
if (( $(nproc) > 2 )) && command -v taskset >/dev/null; then
    pin=(taskset -c 0,1)
fi

# A port nothing answers on; Balise fails to start (and the bench says so) in the unlikely case it is taken meanwhile.
free_port() {
    local port attempt
    for attempt in $(seq 100); do
        port=$(( 20000 + RANDOM % 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "No free port found" >&2
    exit 1
}

stamp=$(date +%Y%m%d-%H%M%S)
output="bench/work/collect-$stamp.txt"
server_log="$work/balise-$stamp.log"
data_dir=$(mktemp -d "${TMPDIR:-/tmp}/balise-collect-XXXXXX")
port=$(free_port)
server_pid=""

# Stops the server (TERM, then KILL after 30 s) and removes its data directory, whatever happened before.
stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        echo "Stopping Balise (pid $server_pid)..."
        kill "$server_pid" 2>/dev/null || true
        for _ in $(seq 60); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -9 "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$data_dir"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

echo "Starting Balise on port $port, data in $data_dir, log in $server_log..."
# A fixed heap, so that growing the heap is not timed in any phase.
BALISE_ADMIN_PASSWORD=bench-admin-password ${pin[@]+"${pin[@]}"} java -Xms1g -Xmx1g -XX:ActiveProcessorCount=2 \
    -cp "$classpath" org.balise.BaliseApplication \
    --balise.data-dir="$data_dir" --server.port="$port" >"$server_log" 2>&1 &
server_pid=$!

echo "Running (about 4 minutes on 2 cores with the defaults; output also in $output)..."
{
    echo "command:    bash bench/collect.sh $*"
    echo "server:     java -Xms1g -Xmx1g -XX:ActiveProcessorCount=2 -cp <runtime classpath> org.balise.BaliseApplication" \
         "--balise.data-dir=<empty temporary directory> --server.port=$port${pin[*]+ (pinned: ${pin[*]})}"
    status=0
    ${pin[@]+"${pin[@]}"} java -Xms512m -Xmx512m -XX:ActiveProcessorCount=2 -cp "$work/classes:$classpath" \
        org.balise.bench.SubmissionBenchmark --url="http://127.0.0.1:$port" --server-pid="$server_pid" \
        --server-log="$server_log" --work="$work" --admin-password=bench-admin-password "$@" || status=$?
    echo
    echo "Command line: bash bench/collect.sh $*"
    echo "Server log:   $server_log"
    exit "$status"
} 2>&1 | tee "$output"
