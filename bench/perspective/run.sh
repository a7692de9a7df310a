#!/usr/bin/env bash
# comments:analyze of the standalone scoring server (newsroom.perspective.standalone) against a
# hello-world WSGI app (hello.py), both under the same gunicorn with the same workers, measured one
# right after the other in this run with wrk on 127.0.0.1. Each request is one 300-character comment
# (bodies.py: Coral's request shape, TOXICITY, in en/ar/tr/fa, clean and hostile). Every answer
# must be 200. Prints a Markdown table for docs/benchmarks.md.
#
#   bench/perspective/run.sh    (env: DURATION=15s CONNECTIONS=16 THREADS=2 WORKERS=2 PORT=8110
#                                     WORKER_CLASS=sync ROUNDS=2)
set -euo pipefail
command -v wrk >/dev/null || { echo "needs wrk (Debian: apt-get install wrk)" >&2; exit 1; }
cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE=$ROOT/bench/perspective
PY=$ROOT/.venv/bin/python
GUNICORN=$ROOT/.venv/bin/gunicorn
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
WORKERS=${WORKERS:-2}
WORKER_CLASS=${WORKER_CLASS:-sync}
ROUNDS=${ROUNDS:-2}
PORT=${PORT:-8110}
PEER_PORT=$((PORT + 1))
WORK=$(mktemp -d /tmp/newsroom-perspective-bench.XXXXXX)
KEY=bench-$($PY -c "import secrets; print(secrets.token_hex(8))")

stop() {
  for pidfile in "$WORK"/*.pid; do
    [[ -f $pidfile ]] && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  sleep 1
  rm -f "$WORK"/*.pid
}
cleanup() { stop; rm -rf "$WORK"; }
trap cleanup EXIT

wait_up() {  # url [body]: up to 60 s
  for _ in $(seq 300); do
    if curl -fso /dev/null -X POST -H 'Content-Type: application/json' --data-binary "@$WORK/one.json" "$1"; then
      return 0
    fi
    sleep 0.2
  done
  echo "no answer from $1" >&2; exit 1
}

measure() {  # label url -> "req/s p99_ms"
  local out=$WORK/wrk-$1.txt
  BODIES=$WORK/bodies.jsonl ANALYZE_PATH=$2 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
    -s "$HERE/analyze.lua" "http://127.0.0.1:$3" > "$out"
  if grep -q "Non-2xx" "$out"; then echo "errors while measuring $1" >&2; cat "$out" >&2; exit 1; fi
  local rps p99
  rps=$(awk '/^Requests\/sec/ {print $2}' "$out")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' "$out")
  echo "$rps $p99"
}

$PY "$HERE/bodies.py" > "$WORK/bodies.jsonl"
head -1 "$WORK/bodies.jsonl" > "$WORK/one.json"

# The scoring server exactly as docs/perspective.md starts it, with quotas high enough not to refuse.
PERSPECTIVE_KEYS="bench:$KEY:1000000:1000000000" PERSPECTIVE_STATE=$WORK/state.sqlite3 \
  $GUNICORN -w "$WORKERS" -k "$WORKER_CLASS" -b 127.0.0.1:$PORT --pid "$WORK/scorer.pid" --daemon \
  --error-logfile "$WORK/scorer.log" newsroom.perspective.standalone:application
$GUNICORN -w "$WORKERS" -k "$WORKER_CLASS" -b 127.0.0.1:$PEER_PORT --pid "$WORK/hello.pid" --daemon \
  --error-logfile "$WORK/hello.log" --chdir "$HERE" hello:application
wait_up "http://127.0.0.1:$PORT/v1alpha1/comments:analyze?key=$KEY"
wait_up "http://127.0.0.1:$PEER_PORT/"
# every worker has loaded its model before the clock starts
for _ in $(seq 300); do
  [[ $(grep -c "loaded the scorer" "$WORK/scorer.log") -ge $WORKERS ]] && break
  sleep 0.2
done
# the answer is the scorer's, in Coral's shape
curl -fs -X POST -H 'Content-Type: application/json' --data-binary "@$WORK/one.json" \
  "http://127.0.0.1:$PORT/v1alpha1/comments:analyze?key=$KEY" \
  | $PY -c 'import json, sys; d = json.load(sys.stdin); print("sample answer:", json.dumps(d), file=sys.stderr); d["attributeScores"]["TOXICITY"]["summaryScore"]["value"]'

CPU=$(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//')
echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) CPU(s) ($CPU), load $(cut -d' ' -f1-3 /proc/loadavg); $(uname -sr);"
echo "gunicorn $($GUNICORN --version 2>&1 | grep -o '[0-9][0-9.]*') -w $WORKERS -k $WORKER_CLASS; wrk -t$THREADS -c$CONNECTIONS -d$DURATION; $ROUNDS alternating rounds."
echo
echo "| round | server | requests/s | p99 latency | ratio to hello world |"
echo "| --- | --- | ---: | ---: | ---: |"
for round in $(seq "$ROUNDS"); do
  read -r hello hello_p99 < <(measure "hello-$round" / "$PEER_PORT")
  read -r score score_p99 < <(measure "analyze-$round" "/v1alpha1/comments:analyze?key=$KEY" "$PORT")
  ratio=$($PY -c "print(f'{$score / $hello:.1%}')")
  echo "| $round | hello-world WSGI app | $hello | $hello_p99 ms | |"
  echo "| $round | comments:analyze, one 300-character comment | $score | $score_p99 ms | **$ratio** |"
done
PERSPECTIVE_STATE=$WORK/state.sqlite3 $PY -m newsroom.perspective.standalone usage | sed 's/^/usage: /' >&2
