#!/usr/bin/env bash
# Mutation testing of the library with Stryker.NET 5.1.0 (a local tool, .config/dotnet-tools.json).
# Not part of CI: it takes tens of minutes on two cores. Writes the HTML and JSON reports under
# artifacts/mutation/ and prints the score of every folder of src/CustomerMetrics.
#   bash eng/mutation.sh                 the whole library
#   bash eng/mutation.sh Indicators      one folder (a glob under src/CustomerMetrics)
#   bash eng/mutation.sh Nps Audit       several folders in one run (one build and one initial test run)
#   bash eng/mutation.sh Indicators/RepeatPurchases.cs   a file (a path under src/CustomerMetrics ending in .cs)
#   bash eng/mutation.sh 'Internal/TopN.cs{120..180}'    the mutants inside character spans of a file (Stryker's span filter)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
mutate=()
for folder in "$@"; do
  case "$folder" in
    *.cs | *.cs{*) mutate+=(--mutate "**/$folder") ;;
    *) mutate+=(--mutate "**/$folder/**/*.cs") ;;
  esac
done
# Code that only AVX-512 machines run lives in *.Avx512.cs; elsewhere no test can reach it, so it is left out
# (and said so) rather than counted as untested. Run the script on an AVX-512 machine to measure it.
if ! grep -qw avx512f /proc/cpuinfo 2>/dev/null; then
  echo "No AVX-512 on this machine: leaving out $(find src/CustomerMetrics -name '*.Avx512.cs' | tr '\n' ' ')"
  [ ${#mutate[@]} -eq 0 ] && mutate=(--mutate "**/*.cs")
  mutate+=(--mutate "!**/*.Avx512.cs")
fi
rm -rf artifacts/mutation
# Run from the test project's folder: at the repository root Stryker would take the solution instead.
(cd tests/CustomerMetrics.Tests && dotnet tool run dotnet-stryker \
  --project CustomerMetrics.csproj \
  --target-framework net10.0 \
  --reporter html --reporter json --reporter progress \
  --output ../../artifacts/mutation \
  --concurrency 2 \
  "${mutate[@]}")
report=$(find artifacts/mutation -name mutation-report.json | head -1)
/usr/bin/python3 - "$report" <<'PY'
import collections, json, sys
report = json.load(open(sys.argv[1]))
killed = collections.Counter(); total = collections.Counter()
for path, file in report["files"].items():
    folder = path.split("src/CustomerMetrics/")[-1].split("/")[0]
    for mutant in file["mutants"]:
        if mutant["status"] in ("Ignored", "CompileError"):
            continue
        total[folder] += 1
        killed[folder] += mutant["status"] in ("Killed", "Timeout")
for folder in sorted(total):
    print(f"{folder:15} {100 * killed[folder] / total[folder]:5.1f} %  ({killed[folder]} of {total[folder]})")
print(f"{'overall':15} {100 * sum(killed.values()) / sum(total.values()):5.1f} %")
PY
