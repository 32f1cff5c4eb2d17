#!/usr/bin/env bash
# Writes the sample HTML report, opens it in headless Chromium and checks what the browser made of it:
# as many charts, data points and tables in the browser's DOM as in the file (so nothing was lost to
# HTML parsing), then saves a screenshot of the whole page to artifacts/report/report.png.
#   bash eng/report-in-browser.sh [extra options for 'customer-metrics report', e.g. --currency RUB]
set -euo pipefail
cd "$(dirname "$0")/.."

bash eng/install-chromium.sh
out=artifacts/report
mkdir -p "$out"
html="$PWD/$out/report.html"
dotnet run --project src/CustomerMetrics.Cli -c Release -- report --html "$html" "$@"

browser=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-dev-shm-usage)
dom=$("${browser[@]}" --dump-dom "file://$html" 2>/dev/null)

count() { grep -o "$1" <<<"$2" | wc -l; }
failures=0
for pattern in '<svg' 'class="point' '<table class="data"' '<section id='; do
  in_file=$(count "$pattern" "$(cat "$html")")
  in_browser=$(count "$pattern" "$dom")
  echo "$pattern: $in_file in the file, $in_browser in the browser"
  if [ "$in_file" -eq 0 ] || [ "$in_file" -ne "$in_browser" ]; then failures=$((failures + 1)); fi
done
[ "$failures" -eq 0 ] || { echo "report-in-browser: the browser did not read the page as written"; exit 1; }

# A window taller than the page, so the screenshot holds all of it.
"${browser[@]}" --window-size=1280,12000 --screenshot="$PWD/$out/report.png" "file://$html" >/dev/null 2>&1
size=$(stat -c %s "$out/report.png")
echo "screenshot: $out/report.png ($size bytes)"
[ "$size" -gt 100000 ] || { echo "report-in-browser: the screenshot is suspiciously small"; exit 1; }
echo "report-in-browser OK"
