#!/usr/bin/env bash
# Publishes tests/AotConsumer with Native AOT and runs it. The publish must report no trim or AOT
# warning (IL2xxx/IL3xxx) and the native program must read back every public type through the
# library's source-generated JSON context. Needs only the .NET SDK (the ILCompiler package is
# restored from NuGet).
set -euo pipefail
cd "$(dirname "$0")/.."

out=artifacts/aot-check
rm -rf "$out"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet publish tests/AotConsumer -c Release -o "$out" 2>&1 | tee "$log"
if grep -Eq "warning IL[23][0-9]{3}" "$log"; then
  echo "aot-check: the publish reported trim/AOT warnings:"; grep -E "warning IL[23][0-9]{3}" "$log" | sort -u; exit 1
fi
printed=$("$out/AotConsumer")
echo "$printed"
grep -qx "every type round-trips" <<<"$printed" || { echo "aot-check: the native program did not round-trip every type"; exit 1; }
echo "aot-check OK"
