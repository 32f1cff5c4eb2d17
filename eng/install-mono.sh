#!/usr/bin/env bash
# Installs the Mono runtime (Debian packages) that runs the .NET Framework consumer, if missing.
# Idempotent: does nothing when mono and the class libraries it needs are already there.
set -euo pipefail
packages=(mono-runtime libmono-system-runtime4.0-cil libmono-cil-dev)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && { echo "mono: installed ($(mono --version | head -1))"; exit 0; }
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "mono: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
mono --version | head -1
