#!/usr/bin/env bash
# Renders the HTML report of the bundled example dump in headless Chromium (Debian's `chromium`
# package), checks the rendered page holds the counts, and saves a screenshot. Kept out of `npm test`:
# it needs a browser. Usage: bash scripts/check-report.sh [dump]   (installs chromium when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
dump="${1:-examples/dumps/comments.jsonl}"
out="${TMPDIR:-/tmp}/comment-moderation-report"
mkdir -p "$out"
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
npx tsup --silent
node dist/cli.js moderate "$dump" --quiet --out "$out/decisions.jsonl" --report "$out/report.html" || [ $? -eq 1 ]
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$out/profile")
chromium "${flags[@]}" --dump-dom "file://$out/report.html" > "$out/dom.html" 2>/dev/null
chromium "${flags[@]}" --window-size=1000,1400 --screenshot="$out/report.png" "file://$out/report.html" 2>/dev/null
grep -q 'id="counts">[0-9]* comments moderated' "$out/dom.html"
grep -q '<svg role="img" aria-label="Actions"' "$out/dom.html"
echo "report rendered: $out/report.png ($(grep -o 'id="counts">[^<]*' "$out/dom.html" | cut -d'>' -f2))"
