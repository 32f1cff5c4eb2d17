#!/usr/bin/env bash
# Runs every file-based app in examples/ (dotnet run examples/NAME.cs) and compares what it prints
# with examples/expected/NAME.txt. The apps run under a Turkish culture with a decimal comma, so an
# example that printed with the current culture would show up as a difference.
#   bash eng/run-examples.sh            check every example
#   bash eng/run-examples.sh --update   rewrite the expected files (review the diff before committing)
set -euo pipefail
cd "$(dirname "$0")/.."

update=false
[ "${1:-}" = "--update" ] && update=true
failures=0
for example in examples/*.cs; do
  name=$(basename "$example" .cs)
  expected="examples/expected/$name.txt"
  printed=$(LC_ALL=tr_TR.UTF-8 LANG=tr_TR.UTF-8 dotnet run "$example")
  if $update; then
    printf '%s\n' "$printed" > "$expected"
    echo "updated $expected"
  elif [ ! -f "$expected" ]; then
    echo "FAIL $example: no $expected"; failures=$((failures + 1))
  elif ! diff -u "$expected" <(printf '%s\n' "$printed"); then
    echo "FAIL $example: output differs from $expected (above)"; failures=$((failures + 1))
  else
    echo "ok   $example"
  fi
done
[ "$failures" -eq 0 ] || { echo "$failures example(s) failed"; exit 1; }
