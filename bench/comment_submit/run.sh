#!/usr/bin/env bash
# Comment submissions per second and 50-comment thread reads through gunicorn (2 workers,
# production settings), on SQLite and on PostgreSQL, each next to two peers measured in the same run:
# - a bare Django view (no middleware, no checks) inserting / selecting the same rows on the same
#   database under the same gunicorn;
# - Isso 0.14.0 (a self-hosted comment server) under the same gunicorn (2 sync workers, --preload as
#   its docs deploy it), pre-moderation on like ours (a new comment answers 202 and waits), its rate
#   limit off like ours here. Isso runs only on SQLite, so each database section measures Isso on
#   SQLite minutes from the Newsroom figures it is set against. Isso is installed into a throwaway
#   venv outside the repository ($ISSO_VENV, created on first use); only the glue lives here
#   (isso_peer.py, isso_post.lua).
# Every accepted POST must be stored: the script compares the rows in each database with the 201
# (Newsroom) and 202 (Isso) answers wrk counted. Prints a Markdown table.
#
#   bench/comment_submit/run.sh     (env: DURATION=15s CONNECTIONS=16 THREADS=2 PORT=8200 PG=1 PG_DB
#                                         ISSO_VENV=/tmp/newsroom-isso-venv)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-8200}
PEER_PORT=$((PORT + 1))
ISSO_PORT=$((PORT + 2))
ISSO_VENV=${ISSO_VENV:-/tmp/newsroom-isso-venv}
ISSO_PY=$ISSO_VENV/bin/python
ISSO_THREAD_URL="http://127.0.0.1:$ISSO_PORT/?uri=%2Fthread%2F"
PG=${PG:-1}
PG_DB=${PG_DB:-newsroom_comments_bench}
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
  read -r SEED_URL SEED_ID THREAD_URL TS THREAD_ID CSRF <<< "$setup"
  export TS CSRF ORIGIN=http://127.0.0.1:$PORT POST_PATH=/comments/post/$SEED_ID/
  (cd "$HERE" && $PY peer.py setup)
  "$ISSO_PY" "$HERE/isso_peer.py" setup "$WORK" "$ISSO_PORT" "http://127.0.0.1:$PORT/"

  start_newsroom
  $ROOT/.venv/bin/gunicorn peer:application --chdir "$HERE" --workers 2 --bind 127.0.0.1:$PEER_PORT \
    --pid "$WORK/peer.pid" --daemon --error-logfile "$WORK/peer-$name.log"
  wait_up "http://127.0.0.1:$PEER_PORT/thread/"
  ISSO_SETTINGS=$WORK/isso.cfg "$ISSO_VENV/bin/gunicorn" isso.run:application --preload --workers 2 \
    --bind 127.0.0.1:$ISSO_PORT --pid "$WORK/isso.pid" --daemon --no-control-socket \
    --error-logfile "$WORK/isso-$name.log"
  wait_up "$ISSO_THREAD_URL"

  # Submissions, scoring in the request (the default, TASKS_BACKEND=immediate).
  submit immediate
  read -r peer _ peer_bad < <(POST_PATH=/insert/ wrk_run "$name-peer-post" "http://127.0.0.1:$PEER_PORT" "$HERE/post.lua")
  isso_submit
  # Reads of the 50-comment thread, rendered by Django (readers get it from Varnish: bench/article_page).
  read -r read_fresh _ read_fresh_bad < <(wrk_run "$name-read" "http://127.0.0.1:$PORT${THREAD_URL}?bench=1")
  # The like-for-like read with Isso's: the same 50 comments as JSON, from the public API.
  local api_url="http://127.0.0.1:$PORT/api/v1/articles/$THREAD_ID/comments/?limit=50"
  local api_shown
  api_shown=$(curl -fs "$api_url" | $PY -c 'import json, sys; print(len(json.load(sys.stdin)["results"]))')
  [[ $api_shown == 50 ]] || { echo "the API shows $api_shown comments, not 50" >&2; exit 1; }
  read -r read_api _ read_api_bad < <(wrk_run "$name-read-api" "$api_url")
  read -r peer_read _ peer_read_bad < <(wrk_run "$name-peer-read" "http://127.0.0.1:$PEER_PORT/thread/")
  local shown
  shown=$(curl -fs "$ISSO_THREAD_URL" | "$ISSO_PY" -c 'import json, sys; print(len(json.load(sys.stdin)["replies"]))')
  [[ $shown == 50 ]] || { echo "Isso shows $shown comments on /thread/, not 50" >&2; exit 1; }
  read -r isso_read _ isso_read_bad < <(wrk_run "$name-isso-read" "$ISSO_THREAD_URL")
  # Submissions again with scoring queued for a worker (TASKS_BACKEND=database; no worker runs here).
  stop_newsroom
  TASKS_BACKEND=database start_newsroom
  submit queued

  stop
  for bad in $peer_bad $read_fresh_bad $read_api_bad $peer_read_bad $isso_read_bad; do
    [[ $bad == 0 ]] || { echo "non-2xx answers in $name; see $WORK" >&2; exit 1; }
  done
  local on=""
  [[ $name == SQLite ]] || on=" (on SQLite)"
  row() {  # measure newsroom peer isso [check]
    printf '| %s | %s | %.0f/s | %.0f/s | %.2f | %.0f/s%s | %.2f | %s |\n' "$name" "$1" "$2" "$3" \
      "$(echo "$2 / $3" | bc -l)" "$4" "$on" "$(echo "$2 / $4" | bc -l)" "${5:-}"
  }
  row "submit, scoring in the request" "$SUBMIT_immediate" "$peer" "$SUBMIT_isso" \
    "$CHECK_immediate; Isso: $CHECK_isso"
  row "submit, scoring queued for a worker" "$SUBMIT_queued" "$peer" "$SUBMIT_isso" "$CHECK_queued"
  row "read 50-comment thread, JSON API" "$read_api" "$peer_read" "$isso_read"
  row "read 50-comment thread, rendered article page" "$read_fresh" "$peer_read" "$isso_read"
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

isso_count() {  # -> "comments on Isso's /post/ thread, of which pending"
  "$ISSO_PY" "$HERE/isso_peer.py" count "$WORK"
}

isso_submit() {  # Isso's submissions, checked like ours: 202 (moderated) answers, every one stored
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H 'Content-Type: application/json' \
    -d '{"text": "Probe comment from the bench run.", "author": "Bench", "email": "probe@example.org"}' \
    "http://127.0.0.1:$ISSO_PORT/new?uri=%2Fpost%2F")
  [[ $status == 202 ]] || { echo "Isso answered $status to a new comment, not 202 (pre-moderated)" >&2
                            cat "$WORK/isso-$name.log" >&2; exit 1; }
  DURATION=3s wrk_run isso-warmup "http://127.0.0.1:$ISSO_PORT" "$HERE/isso_post.lua" > /dev/null
  sleep 2
  local before after pending rps total bad
  read -r before _ < <(isso_count)
  read -r rps total bad < <(wrk_run "$name-isso-post" "http://127.0.0.1:$ISSO_PORT" "$HERE/isso_post.lua")
  sleep 2  # let requests cut off by wrk's deadline finish
  read -r after pending < <(isso_count)
  local stored=$((after - before))
  [[ $bad == 0 ]] || { echo "non-2xx answers from Isso while submitting" >&2; cat "$WORK/isso-$name.log" >&2; exit 1; }
  if (( stored < total || stored > total + CONNECTIONS )); then
    echo "Isso: $total answered but $stored stored" >&2; exit 1
  fi
  (( pending == after )) || { echo "Isso: $((after - pending)) comments published unmoderated" >&2; exit 1; }
  SUBMIT_isso=$rps
  CHECK_isso="$total answered 202, $stored stored pending"
}

isso_ready() {  # Isso 0.14.0 and the gunicorn we run under, in the throwaway venv
  "$ISSO_PY" - "$GUNICORN_VERSION" 2>/dev/null <<'PY_CHECK'
import sys
from importlib.metadata import version
sys.exit(version("isso") != "0.14.0" or version("gunicorn") != sys.argv[1])
PY_CHECK
}

GUNICORN_VERSION=$($PY -c "import gunicorn; print(gunicorn.__version__)")
if ! isso_ready; then
  echo "installing Isso 0.14.0 and gunicorn $GUNICORN_VERSION into $ISSO_VENV" >&2
  [[ -x $ISSO_PY ]] || python3 -m venv "$ISSO_VENV"
  "$ISSO_PY" -m pip install -q "isso==0.14.0" "gunicorn==$GUNICORN_VERSION" >&2
  isso_ready || { echo "no usable Isso 0.14.0 in $ISSO_VENV" >&2; exit 1; }
fi

echo "| database | measure | Newsroom | peer (bare Django view) | Newsroom / peer | Isso 0.14.0 | Newsroom / Isso | check |"
echo "|---|---|---|---|---|---|---|---|"
run_backend SQLite "sqlite:///$WORK/db.sqlite3"
if [[ $PG == 1 ]]; then
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB"
  run_backend PostgreSQL "postgres://postgres@127.0.0.1:5432/$PG_DB"
fi
echo
echo "Peers run in the same section as the Newsroom figures they are set against, minutes apart at most."
echo "Isso 0.14.0 runs only on SQLite: in PostgreSQL rows its figure is Isso on SQLite, measured in the"
echo "PostgreSQL section. Isso: 2 sync gunicorn workers with --preload (its documented deployment),"
echo "pre-moderation on (202, stored pending), guard off, gravatar off, no notifications; reads are"
echo "GET /?uri=/thread/ returning 50 published comments as JSON."
