#!/usr/bin/env bash
# Lighthouse (npm lighthouse@12.2.3, Debian's Chromium) on the production server, mobile and
# desktop presets, on the home page, a story and a climate project page in both languages.
# Appends the scores and the command to docs/performance.md ("## Lighthouse" section).
#
#   bench/lighthouse.sh                    # starts `make serve-prod` on PORT (default 8098)
#   BASE_URL=http://127.0.0.1:8000 bench/lighthouse.sh   # or uses a server already running
#
# Needs node/npx (the npm registry) and /usr/bin/chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8098}"
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
OUT="${OUT:-docs/performance.md}"
REPORTS="$(mktemp -d)"
export CHROME_PATH

command -v npx >/dev/null || { echo "npx (Node.js) is missing" >&2; exit 1; }
[ -x "$CHROME_PATH" ] || { echo "$CHROME_PATH is missing: apt-get install chromium" >&2; exit 1; }

server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill -- -"$server_pid" 2>/dev/null || kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    [ -n "${tile_pid:-}" ] && kill "$tile_pid" 2>/dev/null || true
    rm -rf "$REPORTS"
}
trap cleanup EXIT

# Map tiles: this machine may have no internet, and a tile that fails to load would be
# scored as a console error. Unless MAP_TILE_URL is given, a loopback tile server stands in
# for the tile CDN (one 256 px PNG for every tile), so the map is measured with its images.
tile_pid=""
if [ -z "${MAP_TILE_URL:-}" ]; then
    TILE_PORT="${TILE_PORT:-$((PORT + 1))}"
    .venv/bin/python bench/tile_stub.py "$TILE_PORT" >"$REPORTS/tiles.log" 2>&1 &
    tile_pid=$!
    export MAP_TILE_URL="http://127.0.0.1:$TILE_PORT/{z}/{x}/{y}.png"
fi

if [ -z "${BASE_URL:-}" ]; then
    BASE_URL="http://127.0.0.1:$PORT"
    echo "Starting the production server on $BASE_URL (make serve-prod)…" >&2
    PORT="$PORT" GUNICORN_ACCESS_LOG=false setsid make serve-prod >"$REPORTS/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 180); do
        curl -fsS -o /dev/null "$BASE_URL/fr/" 2>/dev/null && break
        kill -0 "$server_pid" 2>/dev/null || { cat "$REPORTS/server.log" >&2; exit 1; }
        sleep 1
    done
fi

# The pages: home, the newest story, the first climate project, in French and Spanish.
mapfile -t URLS < <(.venv/bin/python - "$BASE_URL" <<'PY'
import json, sys, urllib.request, re
base = sys.argv[1]
for language in ("fr", "es"):
    home = urllib.request.urlopen(f"{base}/{language}/").read().decode()
    print(f"{base}/{language}/")
    links = re.findall(r'href="(/%s/[^"#?]+/)"' % language, home)
    story = next((l for l in links if l.count("/") == 4 and ("actualites" in l or "noticias" in l)), None)
    project_index = next((l for l in links if "climat" in l or "clima" in l), None)
    if story:
        print(base + story)
    if project_index:
        listing = urllib.request.urlopen(base + project_index).read().decode()
        project = next((l for l in re.findall(r'href="(%s[^"#?]+/)"' % re.escape(project_index), listing)), None)
        if project:
            print(base + project)
PY
)

# Lighthouse's scores vary from run to run (its docs advise the median of several runs):
# each page and preset runs LIGHTHOUSE_RUNS times; the row shows the median run (by
# performance score) and the range of performance scores over the runs.
RUNS="${LIGHTHOUSE_RUNS:-3}"
rows=()
for url in "${URLS[@]}"; do
    for preset in mobile desktop; do
        reports=()
        for run in $(seq 1 "$RUNS"); do
            report="$REPORTS/report-$run.json"
            flags=(--quiet --output=json --output-path="$report"
                   --only-categories=performance,accessibility,best-practices,seo
                   --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage")
            [ "$preset" = desktop ] && flags+=(--preset=desktop)
            echo "Lighthouse $preset $url (run $run of $RUNS)" >&2
            npx --yes lighthouse@12.2.3 "$url" "${flags[@]}" >/dev/null 2>"$REPORTS/lighthouse.log" \
                && reports+=("$report") || tail -5 "$REPORTS/lighthouse.log" >&2
        done
        [ "${#reports[@]}" -gt 0 ] || continue
        rows+=("$(node -e '
            const [page, preset, ...paths] = process.argv.slice(1);
            const runs = paths.map(p => require(p))
                .sort((a, b) => a.categories.performance.score - b.categories.performance.score);
            const r = runs[Math.floor((runs.length - 1) / 2)]; const c = r.categories;
            const s = k => Math.round(c[k].score * 100);
            const perf = runs.map(x => Math.round(x.categories.performance.score * 100));
            const range = perf[0] === perf[perf.length - 1] ? "" : ` (${perf[0]}–${perf[perf.length - 1]})`;
            const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 0.9 &&
                ["binary","numeric"].includes(a.scoreDisplayMode)).map(a => a.id).slice(0, 6).join(", ");
            console.log(`| ${page} | ${preset} | ${s("performance")}${range} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} | ${failed || "–"} |`);
        ' "${url#"$BASE_URL"}" "$preset" "${reports[@]}")")
        rm -f "${reports[@]}"
    done
done

section="## Lighthouse

Run by \`bench/lighthouse.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC with \`npx lighthouse@12.2.3\` and
Chromium $("$CHROME_PATH" --version 2>/dev/null | awk '{print $2}') (\`CHROME_PATH=$CHROME_PATH\`), against the production server
(\`make serve-prod\`, gunicorn, plain HTTP on loopback; map tiles from \`$MAP_TILE_URL\`). Load average at start: $(cut -d' ' -f1-3 /proc/loadavg).
Each row: \`npx lighthouse@12.2.3 URL --only-categories=performance,accessibility,best-practices,seo\`
(plus \`--preset=desktop\` for desktop), run $RUNS times: the median run (by performance
score), with the range of the performance scores in brackets when the runs differ.

| Page | Preset | Performance | Accessibility | Best practices | SEO | Audits below 90 |
|---|---|---|---|---|---|---|
$(printf '%s\n' "${rows[@]}")
"
mkdir -p "$(dirname "$OUT")"
if [ -f "$OUT" ] && grep -q '^## Lighthouse' "$OUT"; then
    python3 - "$OUT" "$section" <<'PY'
import sys
path, section = sys.argv[1], sys.argv[2]
text = open(path).read()
open(path, "w").write(text[: text.index("## Lighthouse")] + section)
PY
else
    printf '\n%s' "$section" >> "$OUT"
fi
echo "$section"
