#!/usr/bin/env bash
# What every benchmark script shares: find a JDK 21+, compile the product with Maven, and build its runtime
# classpath without test libraries. Sourced by the scripts in bench/ after they set $work; sets $classpath.

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
# maven-dependency-plugin 3.9.0 takes the scope from the user property includeScope: -Dmdep.includeScope is
# ignored and then the test libraries (JUnit, jqwik, Mockito, Selenium...) end up on the classpath.
# runtime = compile + runtime scopes: H2, the PostgreSQL driver and Flyway are in, test libraries are out.
maven dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" -DincludeScope=runtime
if tr ':' '\n' <"$work/classpath.txt" | grep -qE '/(junit-jupiter-api|jqwik-api|mockito-core)-[^/]*\.jar$'; then
    echo "Test libraries are on the runtime classpath ($work/classpath.txt): not running." >&2
    exit 1
fi
classpath="target/classes:$(cat "$work/classpath.txt")"

