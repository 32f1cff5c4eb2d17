#!/usr/bin/env bash
# Builds the .NET Framework 4.7.2 consumer (tests/FrameworkConsumer) twice — against the library
# project and against the package packed into a local folder — and runs both under Mono. Each run
# must reproduce the sources' worked examples through the netstandard2.0 build.
set -euo pipefail
cd "$(dirname "$0")/.."

bash eng/install-mono.sh

work=artifacts/framework-check
rm -rf "$work"
echo "== net472 consumer of the project"
dotnet build tests/FrameworkConsumer -c Release -o "$work/project"
mono "$work/project/FrameworkConsumer.exe"

echo "== net472 consumer of the package"
dotnet pack src/CustomerMetrics -c Release -o "$work/feed"
# A copy of the consumer, so its restore state is its own, and a package folder of its own, so a
# package of the same version cached earlier is never used.
mkdir -p "$work/package-consumer"
cp tests/FrameworkConsumer/FrameworkConsumer.csproj tests/FrameworkConsumer/Program.cs "$work/package-consumer/"
dotnet build "$work/package-consumer" -c Release -o "$work/package" \
  -p:CustomerMetricsFeed="$PWD/$work/feed" -p:RestorePackagesPath="$PWD/$work/packages"
mono "$work/package/FrameworkConsumer.exe"
echo "framework-check OK"
