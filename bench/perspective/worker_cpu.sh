#!/usr/bin/env bash
# CPU a gunicorn sync worker spends per request: one worker, wrk -t1 -c2 with the bench bodies
# (bodies.py), the worker's utime+stime from /proc before and after. Steadier than requests/s on a
# shared machine, since it counts only the worker's own CPU. Prints one line.
#
#   bench/perspective/worker_cpu.sh            (env: APP=scorer|hello DURATION=8 PORT=8120
#                                                     WSGI=module:app to time another app)
set -euo pipefail
command -v wrk >/dev/null || { echo "needs wrk (Debian: apt-get install wrk)" >&2; exit 1; }
cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE=$ROOT/bench/perspective
APP=${APP:-scorer}
DURATION=${DURATION:-8}
PORT=${PORT:-8120}
WORK=$(mktemp -d /tmp/newsroom-worker-cpu.XXXXXX)
trap '[[ -f $WORK/pid ]] && kill "$(cat "$WORK/pid")" 2>/dev/null; sleep 0.5; rm -rf "$WORK"' EXIT
"$ROOT/.venv/bin/python" "$HERE/bodies.py" > "$WORK/bodies.jsonl"
head -1 "$WORK/bodies.jsonl" > "$WORK/one.json"
if [[ $APP == hello ]]; then
  "$ROOT/.venv/bin/gunicorn" -w 1 -b "127.0.0.1:$PORT" --pid "$WORK/pid" --daemon \
    --error-logfile "$WORK/log" --chdir "$HERE" hello:application
  path=/
else
  PERSPECTIVE_KEYS="bench:bench-key:1000000:1000000000" PERSPECTIVE_STATE=$WORK/state.sqlite3 \
    "$ROOT/.venv/bin/gunicorn" -w 1 -b "127.0.0.1:$PORT" --pid "$WORK/pid" --daemon \
    --error-logfile "$WORK/log" "${WSGI:-newsroom.perspective.standalone:application}"
  path="/v1alpha1/comments:analyze?key=bench-key"
fi
for _ in $(seq 300); do
  curl -fso /dev/null -X POST --data-binary "@$WORK/one.json" "http://127.0.0.1:$PORT$path" && break
  sleep 0.2
done
worker=$(pgrep -P "$(cat "$WORK/pid")" | head -1)
load() { BODIES=$WORK/bodies.jsonl ANALYZE_PATH=$path wrk -t1 -c2 -d"$1" -s "$HERE/analyze.lua" \
  "http://127.0.0.1:$PORT"; }
load 2s > /dev/null  # warm-up
before=$(awk '{print $14 + $15}' "/proc/$worker/stat")
load "${DURATION}s" > "$WORK/wrk.txt"
after=$(awk '{print $14 + $15}' "/proc/$worker/stat")
if grep -q "Non-2xx" "$WORK/wrk.txt"; then echo "errors while measuring" >&2; cat "$WORK/wrk.txt" >&2; exit 1; fi
requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
tick=$(getconf CLK_TCK)
"$ROOT/.venv/bin/python" -c "print(f'${WSGI:-$APP}: {($after - $before) * 1000 / $tick / $requests:.3f} ms of CPU a request \
($requests requests in ${DURATION} s, load $(cut -d' ' -f1 /proc/loadavg))')"
