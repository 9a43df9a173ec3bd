#!/usr/bin/env bash
# `make bench`: release build, demo data, then one table of figures measured in one run, each
# next to its reference measured in the same run and its target. The references are a bare axum
# server with no middleware (bench/bare: a fixed string, and the bytes of the commune page the
# portal rendered), and the same two answers served by the portal through all its middleware.
# Every figure counts its failed requests (non-2xx answers and socket errors); one failed request
# anywhere fails the run (exit 1), so no figure ever measures error answers. Load generator: wrk
# (Debian). Results go to bench/latest.tsv (stable: one figure per line) and the console.
# BENCH_DATABASE_URL (an empty database) and BENCH_OUT run it on another database:
# `make bench-postgres`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/var/cache/equilibre/target}
SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
command -v wrk >/dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk; }

DURATION=${BENCH_SECONDS:-5}
PORT=${BENCH_PORT:-3950}
BARE_PORT=$((PORT + 1))
BASE=http://127.0.0.1:$PORT
BARE=http://127.0.0.1:$BARE_PORT
BIN=$CARGO_TARGET_DIR/release/equilibre

cargo build --release -p server --bin equilibre --features app/ssr
cargo build --release -p bench-bare
make -s wasm >/dev/null

WORK=$(mktemp -d)
trap 'kill $(cat "$WORK/pid" "$WORK/bare.pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$WORK"' EXIT
export DATABASE_URL="${BENCH_DATABASE_URL:-sqlite://$WORK/bench.db}" EQUILIBRE_ADDR=127.0.0.1:$PORT EQUILIBRE_BENCH_ROUTES=1 \
  EQUILIBRE_BOOKING_RATE_PER_MINUTE=100000000 EQUILIBRE_SITE_DIR=$ROOT/target/site RUST_LOG=warn
"$BIN" demo-data >/dev/null
# The booking figure books distinct free seats; the demo's seats (about 5 000 in two months) run
# out within a run, and every request after that would be a refusal. Ten times the seats per
# slot outlast both runs (a booking then looks for its seat among up to 40 taken, not 4).
case "$DATABASE_URL" in
  sqlite://*) python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("UPDATE site_ranges SET capacity = capacity * 10"); c.commit()' "${DATABASE_URL#sqlite://}" ;;
  postgres*) psql -q "$DATABASE_URL" -c "UPDATE site_ranges SET capacity = capacity * 10" ;;
esac

OUT=$ROOT/${BENCH_OUT:-bench/latest.tsv}
mkdir -p "$ROOT/bench"
{
  printf '# make bench (%s), %s, %s, %s cores, %s\n' "${DATABASE_URL%%:*}" "$(date -u +%Y-%m-%dT%H:%MZ)" "$(uname -m)" "$(nproc)" \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  printf 'figure\tconnections\trequests_per_s\tp50_ms\tp99_ms\tfailed_requests\treference\tratio_to_reference\ttarget\n'
} >"$OUT"

# Cold start: from exec to the first answer, on an existing database.
start=$(date +%s%N)
"$BIN" serve >"$WORK/server.log" 2>&1 &
echo $! >"$WORK/pid"
until curl -sf "$BASE/healthz" >/dev/null; do sleep 0.005; done
cold_ms=$(( ($(date +%s%N) - start) / 1000000 ))

# The bare reference serves the very bytes the portal sends for the commune page.
curl -sf "$BASE/fr/communes/59350" >"$WORK/page.html"
"$CARGO_TARGET_DIR/release/bench-bare" "127.0.0.1:$BARE_PORT" "$WORK/page.html" &
echo $! >"$WORK/bare.pid"
until curl -sf "$BARE/fixed" >/dev/null; do sleep 0.005; done

# Lua scripts: a JSON POST; bookings on distinct free slots; distinct bilan questions (each one
# computed, not served from the response cache).
cat >"$WORK/eligibility.lua" <<'EOF'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"adults":1,"dependants":2,"monthly_resources":1650,"aci_situations":["perte_logement"]}'
EOF
# A valid request, or the figure would measure refusals.
curl -sf -o /dev/null -H 'Content-Type: application/json' \
  -d '{"adults":1,"dependants":2,"monthly_resources":1650,"aci_situations":["perte_logement"]}' "$BASE/api/v1/eligibility" \
  || { echo "bench: the eligibility request is refused" >&2; exit 1; }
today=$(date +%F)
until=$(date -d "+2 months" +%F)
curl -sf "$BASE/api/v1/slots?from=$today&to=$until" >"$WORK/slots.json"
python3 - "$WORK/slots.json" "$WORK/bookings" <<'EOF'
import datetime, json, sys
slots = json.load(open(sys.argv[1]))
slots = slots.get("slots", slots) if isinstance(slots, dict) else slots
bodies = []
seq = 0
# Registered today: every slot of the next two months is within the deadline (a slot after it
# is refused while earlier ones are free), and the number's month matches the date.
today = datetime.date.today()
for s in slots:
    for _ in range(int(s.get("available", 1))):
        seq += 1
        bodies.append(json.dumps({"site_id": s["site_id"], "start": s["start"], "nur": f"059{today.month:02d}{today.year % 100:02d}{seq:06d}GDPUB",
                                  "registration_date": today.isoformat(), "name": "Banc d'essai", "email": f"bench{seq}@example.org"}))
# Two scripts, one per run, on separate seats: each request books a seat no other took. Each wrk
# thread has its own Lua state: thread t of n takes bodies t+1, t+1+n, … (else both threads sent
# the same bodies and half the bookings were refusals).
half = len(bodies) // 2
for name, part, threads in (("1", bodies[:half], 1), ("64", bodies[half:], 2)):
    with open(f"{sys.argv[2]}-{name}.lua", "w") as f:
        f.write("bodies = {\n" + ",\n".join("[==[" + b + "]==]" for b in part) + "\n}\n")
        f.write(f'threads = {threads}\nnext_id = 0\n')
        f.write('function setup(thread) thread:set("id", next_id); next_id = next_id + 1 end\n')
        f.write('i = 0\nwrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n')
        f.write('request = function() i = i + 1; return wrk.format(nil, nil, nil, bodies[((i - 1) * threads + id) % #bodies + 1]) end\n')
print(f"{len(bodies)} free seats", file=sys.stderr)
EOF
# The bilan figure asks as signed-in commune staff (the public may not give `remaining`, and its
# answers are cached): each question distinct, so each one computed.
link=$("$BIN" users add --email bench@ville.invalid --role commune --commune 59350 | tail -1)
cookie=$(python3 scripts/bench_signin.py "$BASE" "$link" bench@ville.invalid)
cat >"$WORK/bilan.lua" <<EOF
i = 0
wrk.headers["Cookie"] = "$cookie"
request = function() i = i + 1; return wrk.format("GET", "/api/v1/bilan?period=2026&scope=commune:59350&remaining=" .. i) end
EOF

# Runs wrk against a URL; prints "rps p50_ms p99_ms failed" (failed: non-2xx/3xx answers plus
# socket errors; GET figures are also checked to answer 2xx, not a redirect, beforehand).
measure() {
  local conns=$1 url=$2 script=${3:-}
  local threads=$(( conns > 1 ? 2 : 1 ))
  local args=(-t"$threads" -c"$conns" -d"${DURATION}s" --latency)
  [ -n "$script" ] && args+=(-s "$script")
  wrk "${args[@]}" "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
    /Non-2xx or 3xx responses:/ { failed += $NF }
    /Socket errors:/ { gsub(/,/, ""); failed += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, failed }'
}

declare -A REF
FAILED=0
row() { # name conns url script reference target
  local name=$1 conns=$2 url=$3 script=$4 ref=$5 target=$6
  if [ -z "$script" ]; then
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
    case $code in 2??) ;; *) echo "bench: $url answers $code" >&2; FAILED=$((FAILED + 1)) ;; esac
  fi
  read -r rps p50 p99 failed < <(measure "$conns" "$url" "$script")
  FAILED=$((FAILED + failed))
  local ratio="-"
  if [ -n "$ref" ] && [ -n "${REF[$ref-$conns]:-}" ]; then ratio=$(python3 -c "print(f'{$rps / ${REF[$ref-$conns]}:.2f}')"); fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$conns" "$rps" "$p50" "$p99" "$failed" "${ref:--}" "$ratio" "$target" | tee -a "$OUT"
  REF[$name-$conns]=$rps
}

for c in 1 64; do
  row "bare axum: fixed string" $c "$BARE/fixed" "" "" ""
  row "bare axum: page bytes" $c "$BARE/page" "" "" ""
  row "portal middleware: fixed string" $c "$BASE/bench/fixed" "" "bare axum: fixed string" ""
  row "portal middleware: page from memory" $c "$BASE/bench/page" "" "bare axum: page bytes" ""
  row "commune page" $c "$BASE/fr/communes/59350" "" "bare axum: page bytes" "≥ 0.80"
  row "quartier page" $c "$BASE/fr/quartiers/59350-001" "" "bare axum: page bytes" "≥ 0.80"
  row "communes list" $c "$BASE/fr/communes" "" "bare axum: page bytes" "≥ 0.80"
  row "eligibility API" $c "$BASE/api/v1/eligibility" "$WORK/eligibility.lua" "bare axum: fixed string" "≥ 0.60"
  row "slot search, all sites, two months" $c "$BASE/api/v1/slots?from=$today&to=$until" "" "" "p99 ≤ 50 ms"
  row "bilan API (distinct questions)" $c "$BASE/api/v1/bilan" "$WORK/bilan.lua" "" "≤ 1000 ms"
  row "booking POST (distinct seats while they last)" $c "$BASE/api/v1/bookings" "$WORK/bookings-$c.lua" "" ""
done

rss_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$(cat "$WORK/pid")/status")
bundle=$(( $(stat -c %s target/site/pkg/equilibre.js.br) + $(stat -c %s target/site/pkg/equilibre.wasm.br) ))
css=$(brotli -q 11 -c style/main.css | wc -c)
{
  printf 'cold start to first answer (ms)\t-\t-\t%s\t-\t-\t-\t-\t≤ 1000\n' "$cold_ms"
  printf 'peak memory under load (RSS, MiB)\t-\t-\t%s\t-\t-\t-\t-\t-\n' "$(( rss_kb / 1024 ))"
  printf 'island page JS + wasm, brotli (KB)\t-\t-\t%s\t-\t-\t-\t-\t≤ 150\n' "$(( bundle / 1024 ))"
  printf 'information page JS + wasm (KB)\t-\t-\t0\t-\t-\t-\t-\t≤ 150\n'
  printf 'style sheet, brotli (KB)\t-\t-\t%s\t-\t-\t-\t-\t-\n' "$(( css / 1024 ))"
} | tee -a "$OUT"
kill "$(cat "$WORK/pid")" "$(cat "$WORK/bare.pid")"
if [ "$FAILED" -gt 0 ]; then
  printf 'bench: %s failed requests: the figures above are not valid\n' "$FAILED" | tee -a "$OUT" >&2
  exit 1
fi

# The quota engine over 3 million attributions, every scope (BENCH_QUOTA_DB=1 adds the read
# from a 3-million-line SQLite register, which takes minutes to write first).
"$BIN" bench-quota ${BENCH_QUOTA_DB:+--database} | tee -a "$OUT"
echo "written to ${OUT#$ROOT/}"
