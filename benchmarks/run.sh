#!/usr/bin/env bash
# Runs every benchmark and writes benchmarks/RESULTS.md and benchmarks/results.svg.
# Extra arguments go to BenchmarkMain, e.g. --quick or --sections generation,scaling, except
# --baseline REF: the generator and plugin at git commit REF are built too (from a copy of that
# commit under benchmarks/target/baseline) and measured side by side, as the "before" column.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$BENCH/.." && pwd)"
COMMAND="benchmarks/run.sh $*"

ARGS=()
BASELINE=""
while [[ $# -gt 0 ]]; do
    if [[ "$1" == "--baseline" && $# -ge 2 ]]; then
        BASELINE="$2"
        shift 2
    else
        ARGS+=("$1")
        shift
    fi
done

echo "[bench] building the generator CLI"
(cd "$REPO" && mvn -q -B -DskipTests package -pl generator -am)
if [[ -n "$BASELINE" ]]; then
    SHORT="$(git -C "$REPO" rev-parse --short "$BASELINE")"
    DIR="$BENCH/target/baseline"
    echo "[bench] building the baseline generator CLI at $SHORT in $DIR"
    rm -rf "$DIR" && mkdir -p "$DIR"
    git -C "$REPO" archive --format=tar "$SHORT" | tar -x -C "$DIR"
    (cd "$DIR" && mvn -q -B -DskipTests package -pl generator -am)
    ARGS+=(--baseline-repo "$DIR" --baseline-label "before ($SHORT)")
fi
echo "[bench] building the benchmarks (generates our client, fetches OpenAPI Generator and Datadog's client)"
mvn -q -B -f "$BENCH/pom.xml" package

exec java -cp "$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")" \
    dev.oasis.benchmarks.BenchmarkMain --repo "$REPO" --command "$COMMAND" ${ARGS[@]+"${ARGS[@]}"}
