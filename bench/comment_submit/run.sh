#!/usr/bin/env bash
# Comment submissions per second and 50-comment thread reads through gunicorn (2 workers,
# production settings), on SQLite and on PostgreSQL, each next to a peer measured in the same run:
# a bare Django view (no middleware, no checks) inserting / selecting the same rows on the same
# database under the same gunicorn. Every accepted POST must be stored: the script compares the
# rows in the database with the 201 answers wrk counted. Prints a Markdown table.
#
#   bench/comment_submit/run.sh     (env: DURATION=15s CONNECTIONS=16 THREADS=2 PORT=8200 PG=1)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-8200}
PEER_PORT=$((PORT + 1))
PG=${PG:-1}
PG_DB=newsroom_comments_bench
WORK=$(mktemp -d /tmp/newsroom-comment-bench.XXXXXX)
HERE=$ROOT/bench/comment_submit

stop() {
  for pidfile in "$WORK"/*.pid; do
    [[ -f $pidfile ]] && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  sleep 1
  rm -f "$WORK"/*.pid
}
cleanup() {
  stop
  rm -rf "$WORK"
  [[ $PG == 1 ]] && psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $PG_DB" 2>/dev/null || true
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=newsroom.settings.production
export SECRET_KEY=$($PY -c "import secrets; print(secrets.token_urlsafe(50))")
export ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false
export STATIC_ROOT=$WORK/static MEDIA_ROOT=$WORK/media CACHE_DIR=$WORK/cache
# The limits are for people; the benchmark is one address posting as fast as it can.
export COMMENTS_RATE_LIMIT_IP=0 COMMENTS_RATE_LIMIT_EMAIL=0
unset DJANGO_ALLOW_ASYNC_UNSAFE DEBUG REDIS_URL
CSRF=$($PY -c "import secrets, string; a=string.ascii_letters+string.digits; print(''.join(secrets.choice(a) for _ in range(32)))")
export CSRF

wrk_run() {  # label url [lua] -> "req/s non2xx"
  local out=$WORK/wrk-$1.txt
  export RUN=$1-$RANDOM
  if [[ -n ${3:-} ]]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$3" "$2" > "$out"
  else
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$2" > "$out"
  fi
  local rps total bad
  rps=$(awk '/^Requests\/sec/ {print $2}' "$out")
  total=$(awk '/requests in/ {print $1}' "$out")
  bad=$(awk '/Non-2xx/ {print $5}' "$out"); bad=${bad:-0}
  echo "$rps $total $bad"
}

db_count() {
  $PY manage.py shell -v 0 -c "from newsroom.comments.models import Comment; print(Comment.objects.filter(email__startswith='bench').count())"
}

run_backend() {  # name database_url
  local name=$1
  export DATABASE_URL=$2
  $PY manage.py migrate --noinput -v0
  $PY manage.py collectstatic --noinput -v0
  local setup
  setup=$($PY manage.py shell -v 0 < "$HERE/setup_data.py" | tail -1)  # load_demo talks first
  read -r SEED_URL SEED_ID THREAD_URL TS <<< "$setup"
  export TS POST_PATH=/comments/post/$SEED_ID/
  (cd "$HERE" && $PY peer.py setup)

  start_newsroom
  $ROOT/.venv/bin/gunicorn peer:application --chdir "$HERE" --workers 2 --bind 127.0.0.1:$PEER_PORT \
    --pid "$WORK/peer.pid" --daemon --error-logfile "$WORK/peer-$name.log"
  wait_up "http://127.0.0.1:$PEER_PORT/thread/"

  # Submissions, scoring in the request (the default, TASKS_BACKEND=immediate).
  submit immediate
  read -r peer _ peer_bad < <(POST_PATH=/insert/ wrk_run "$name-peer-post" "http://127.0.0.1:$PEER_PORT" "$HERE/post.lua")
  # Reads of the 50-comment thread: rendered (a query string bypasses the page cache) and cached.
  read -r read_fresh _ read_fresh_bad < <(wrk_run "$name-read" "http://127.0.0.1:$PORT${THREAD_URL}?bench=1")
  for _ in $(seq 10); do curl -fso /dev/null "http://127.0.0.1:$PORT$THREAD_URL"; done
  read -r read_cached _ read_cached_bad < <(wrk_run "$name-read-cached" "http://127.0.0.1:$PORT$THREAD_URL")
  read -r peer_read _ peer_read_bad < <(wrk_run "$name-peer-read" "http://127.0.0.1:$PEER_PORT/thread/")
  # Submissions again with scoring queued for a worker (TASKS_BACKEND=database; no worker runs here).
  stop_newsroom
  TASKS_BACKEND=database start_newsroom
  submit queued

  stop
  for bad in $peer_bad $read_fresh_bad $read_cached_bad $peer_read_bad; do
    [[ $bad == 0 ]] || { echo "non-2xx answers in $name; see $WORK" >&2; exit 1; }
  done
  row() { printf '| %s | %s | %.0f/s | %.0f/s | %.2f | %.2f | %s |\n' "$name" "$1" "$2" "$3" \
    "$(echo "$2 / $3" | bc -l)" "$(echo "$2 / $4" | bc -l)" "${5:-}"; }
  row "submit, scoring in the request" "$SUBMIT_immediate" "$peer" 289 "$CHECK_immediate"
  row "submit, scoring queued for a worker" "$SUBMIT_queued" "$peer" 289 "$CHECK_queued"
  row "read 50-comment thread, rendered" "$read_fresh" "$peer_read" 58
  row "read 50-comment thread, page cache" "$read_cached" "$peer_read" 58
}

stop_newsroom() {
  local pid
  pid=$(cat "$WORK/newsroom.pid")
  kill "$pid"
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  rm -f "$WORK/newsroom.pid"
}

start_newsroom() {
  $ROOT/.venv/bin/gunicorn newsroom.wsgi --workers 2 --bind 127.0.0.1:$PORT \
    --pid "$WORK/newsroom.pid" --daemon --error-logfile "$WORK/gunicorn.log"
  wait_up "http://127.0.0.1:$PORT$THREAD_URL"
}

wait_up() {
  for _ in $(seq 60); do curl -fso /dev/null "$1" && return 0; sleep 0.5; done
  echo "server at $1 did not start" >&2; cat "$WORK"/*.log >&2; exit 1
}

submit() {  # label: warm up both workers (imports, the scorer's model), then measure
  DURATION=3s wrk_run warmup "http://127.0.0.1:$PORT" "$HERE/post.lua" > /dev/null
  sleep 2
  local before after rps total bad
  before=$(db_count)
  read -r rps total bad < <(wrk_run "post-$1" "http://127.0.0.1:$PORT" "$HERE/post.lua")
  sleep 2  # let requests cut off by wrk's deadline finish
  after=$(db_count)
  local stored=$((after - before))
  [[ $bad == 0 ]] || { echo "non-2xx answers while submitting ($1)" >&2; cat "$WORK/gunicorn.log" >&2; exit 1; }
  # wrk counts answered requests; one in flight at the deadline may be stored but unanswered.
  if (( stored < total || stored > total + CONNECTIONS )); then
    echo "$1: $total answered but $stored stored" >&2; exit 1
  fi
  printf -v "SUBMIT_$1" '%s' "$rps"
  printf -v "CHECK_$1" '%s answered 201, %s stored' "$total" "$stored"
}

echo "| database | measure | Newsroom | peer (bare Django view) | Newsroom / peer | Newsroom / Isso 0.14 | check |"
echo "|---|---|---|---|---|---|---|"
run_backend SQLite "sqlite:///$WORK/db.sqlite3"
if [[ $PG == 1 ]]; then
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB"
  run_backend PostgreSQL "postgres://postgres@127.0.0.1:5432/$PG_DB"
fi
