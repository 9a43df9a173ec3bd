#!/usr/bin/env bash
# `make bench`: release build, demo data, then one table of figures measured in one run, each
# next to a reference measured in the same run (a fixed string and an in-memory copy of a page,
# behind the same middleware) and its target. Load generator: wrk (Debian). Results go to
# bench/latest.tsv (stable: one figure per line) and the console. BENCH_DATABASE_URL (an empty
# database) and BENCH_OUT run it on another database: `make bench-postgres`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/var/cache/equilibre/target}
SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
command -v wrk >/dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk; }

DURATION=${BENCH_SECONDS:-5}
PORT=${BENCH_PORT:-3950}
BASE=http://127.0.0.1:$PORT
BIN=$CARGO_TARGET_DIR/release/equilibre

cargo build --release -p server --bin equilibre --features app/ssr
make -s wasm >/dev/null

WORK=$(mktemp -d)
trap 'kill $(cat "$WORK/pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$WORK"' EXIT
export DATABASE_URL="${BENCH_DATABASE_URL:-sqlite://$WORK/bench.db}" EQUILIBRE_ADDR=127.0.0.1:$PORT EQUILIBRE_BENCH_ROUTES=1 \
  EQUILIBRE_BOOKING_RATE_PER_MINUTE=100000000 EQUILIBRE_SITE_DIR=$ROOT/target/site RUST_LOG=warn
"$BIN" demo-data >/dev/null

OUT=$ROOT/${BENCH_OUT:-bench/latest.tsv}
mkdir -p "$ROOT/bench"
{
  printf '# make bench (%s), %s, %s, %s cores, %s\n' "${DATABASE_URL%%:*}" "$(date -u +%Y-%m-%dT%H:%MZ)" "$(uname -m)" "$(nproc)" \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  printf 'figure\tconnections\trequests_per_s\tp50_ms\tp99_ms\tratio_to_reference\ttarget\n'
} >"$OUT"

# Cold start: from exec to the first answer, on an existing database.
start=$(date +%s%N)
"$BIN" serve >"$WORK/server.log" 2>&1 &
echo $! >"$WORK/pid"
until curl -sf "$BASE/healthz" >/dev/null; do sleep 0.005; done
cold_ms=$(( ($(date +%s%N) - start) / 1000000 ))

# Lua scripts: a JSON POST; bookings on distinct free slots; distinct bilan questions (each one
# computed, not served from the response cache).
cat >"$WORK/eligibility.lua" <<'EOF'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"adults":1,"dependants":2,"monthly_resources":"1650","aci_situations":["perte_logement"]}'
EOF
today=$(date +%F)
until=$(date -d "+2 months" +%F)
curl -sf "$BASE/api/v1/slots?from=$today&to=$until" >"$WORK/slots.json"
python3 - "$WORK/slots.json" "$WORK/bookings" <<'EOF'
import json, sys
slots = json.load(open(sys.argv[1]))
slots = slots.get("slots", slots) if isinstance(slots, dict) else slots
bodies = []
seq = 0
for s in slots:
    for _ in range(int(s.get("available", 1))):
        seq += 1
        bodies.append(json.dumps({"site_id": s["site_id"], "start": s["start"], "nur": f"05911{26:02d}{seq:06d}GDPUB",
                                  "registration_date": "2026-11-02", "name": "Banc d'essai", "email": f"bench{seq}@example.org"}))
# Two scripts, one per run, on separate seats: each request books a seat no other took.
half = len(bodies) // 2
for name, part in (("1", bodies[:half]), ("64", bodies[half:])):
    with open(f"{sys.argv[2]}-{name}.lua", "w") as f:
        f.write("bodies = {\n" + ",\n".join("[==[" + b + "]==]" for b in part) + "\n}\n")
        f.write('i = 0\nwrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n')
        f.write('request = function() i = i + 1; return wrk.format(nil, nil, nil, bodies[(i % #bodies) + 1]) end\n')
print(f"{len(bodies)} free seats", file=sys.stderr)
EOF
cat >"$WORK/bilan.lua" <<'EOF'
i = 0
request = function() i = i + 1; return wrk.format("GET", "/api/v1/bilan?period=2026&scope=metropole&remaining=" .. i) end
EOF

# Runs wrk; prints "rps p50_ms p99_ms".
measure() {
  local conns=$1 path=$2 script=${3:-}
  local threads=$(( conns > 1 ? 2 : 1 ))
  local args=(-t"$threads" -c"$conns" -d"${DURATION}s" --latency)
  [ -n "$script" ] && args+=(-s "$script")
  wrk "${args[@]}" "$BASE$path" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
    END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }'
}

declare -A REF
row() { # name conns path script reference target
  local name=$1 conns=$2 path=$3 script=$4 ref=$5 target=$6
  read -r rps p50 p99 < <(measure "$conns" "$path" "$script")
  local ratio="-"
  if [ -n "$ref" ] && [ -n "${REF[$ref-$conns]:-}" ]; then ratio=$(python3 -c "print(f'{$rps / ${REF[$ref-$conns]}:.2f}')"); fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$conns" "$rps" "$p50" "$p99" "$ratio" "$target" | tee -a "$OUT"
  REF[$name-$conns]=$rps
}

for c in 1 64; do
  row "reference: fixed string" $c /bench/fixed "" "" ""
  row "reference: page from memory" $c /bench/page "" "" ""
  row "commune page" $c /fr/communes/59350 "" "reference: page from memory" "≥ 0.50"
  row "quartier page" $c /fr/quartiers/59350-001 "" "reference: page from memory" "≥ 0.50"
  row "communes list" $c /fr/communes "" "reference: page from memory" "≥ 0.50"
  row "eligibility API" $c /api/v1/eligibility "$WORK/eligibility.lua" "reference: fixed string" "≥ 0.50"
  row "slot search, all sites, two months" $c "/api/v1/slots?from=$today&to=$until" "" "" "p99 ≤ 50 ms"
  row "bilan API (distinct questions)" $c /api/v1/bilan "$WORK/bilan.lua" "" "≤ 1000 ms"
  row "booking POST (distinct seats while they last)" $c /api/v1/bookings "$WORK/bookings-$c.lua" "" ""
done

rss_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$(cat "$WORK/pid")/status")
bundle=$(( $(stat -c %s target/site/pkg/equilibre.js.br) + $(stat -c %s target/site/pkg/equilibre.wasm.br) ))
css=$(brotli -q 11 -c style/main.css | wc -c)
{
  printf 'cold start to first answer (ms)\t-\t-\t%s\t-\t-\t≤ 1000\n' "$cold_ms"
  printf 'peak memory under load (RSS, MiB)\t-\t-\t%s\t-\t-\t-\n' "$(( rss_kb / 1024 ))"
  printf 'island page JS + wasm, brotli (KB)\t-\t-\t%s\t-\t-\t≤ 150\n' "$(( bundle / 1024 ))"
  printf 'information page JS + wasm (KB)\t-\t-\t0\t-\t-\t≤ 150\n'
  printf 'style sheet, brotli (KB)\t-\t-\t%s\t-\t-\t-\n' "$(( css / 1024 ))"
} | tee -a "$OUT"
kill "$(cat "$WORK/pid")"

# The quota engine over 3 million attributions, every scope (BENCH_QUOTA_DB=1 adds the read
# from a 3-million-line SQLite register, which takes minutes to write first).
"$BIN" bench-quota ${BENCH_QUOTA_DB:+--database} | tee -a "$OUT"
echo "written to ${OUT#$ROOT/}"
