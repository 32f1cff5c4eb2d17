#!/usr/bin/env bash
# Installs numpy for the system Python (Debian's python3-numpy; PyPI is not used), if missing.
# Idempotent. Only benchmarks/numpy/compare.py needs it; CI does not.
set -euo pipefail
if /usr/bin/python3 -c "import numpy" 2>/dev/null; then
  echo "numpy: installed ($(/usr/bin/python3 -c 'import numpy; print(numpy.__version__)'))"; exit 0
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3-numpy >/dev/null
/usr/bin/python3 -c 'import numpy; print("numpy:", numpy.__version__)'
