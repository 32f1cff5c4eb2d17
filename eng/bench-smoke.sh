#!/usr/bin/env bash
# Benchmark smoke run for CI: every benchmark once, in process, on inputs a thousand times smaller
# (CUSTOMERMETRICS_BENCH_SMOKE=1; see benchmarks/CustomerMetrics.Benchmarks/BenchmarkSetup.cs). It proves the
# benchmarks build and run; it measures nothing and asserts no time. Fails if any benchmark failed.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
CUSTOMERMETRICS_BENCH_SMOKE=1 dotnet run -c Release --project benchmarks/CustomerMetrics.Benchmarks -- --filter '*' --artifacts artifacts/bench-smoke >"$log" 2>&1 || { tail -40 "$log"; exit 1; }
executed=$(grep -o 'executed benchmarks: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
# A benchmark that threw shows NA in the Mean column of its summary table.
failed=$(awk -F'|' '/^\| Method/ { mean = 0; for (i = 2; i <= NF; i++) if ($i ~ /^ *Mean *$/) mean = i; next }
  /^\| / && mean > 0 && $mean ~ /^ *NA *$/ { print }' "$log" | wc -l)
if grep -qE 'Exception|// ERROR|Benchmarks with issues' "$log" || [ "$failed" -ne 0 ] || [ -z "$executed" ] || [ "$executed" -eq 0 ]; then
  grep -E 'Exception|ERROR|issues|^\| ' "$log" | head -60
  echo "benchmark smoke run failed"; exit 1
fi
echo "benchmark smoke run: $executed benchmarks ran"
