#!/usr/bin/env bash
# Runs every benchmark and writes benchmarks/RESULTS.md and benchmarks/results.svg.
# Extra arguments go to BenchmarkMain, e.g. --quick or --sections generation,scaling.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$BENCH/.." && pwd)"

echo "[bench] building the generator CLI"
(cd "$REPO" && mvn -q -B -DskipTests package -pl generator -am)
echo "[bench] building the benchmarks (generates our client, fetches OpenAPI Generator and Datadog's client)"
mvn -q -B -f "$BENCH/pom.xml" package

exec java -cp "$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")" \
    dev.oasis.benchmarks.BenchmarkMain --repo "$REPO" --command "benchmarks/run.sh $*" "$@"
