#!/usr/bin/env bash
# Scale benchmark (issue 13): build a 1M-comment PostgreSQL database with SQL (bench/scale/build.py),
# then time every console, dashboard, API and article page, first and deep pages, through gunicorn
# with production settings (2 gthread workers, 4 threads, as docs/operations.md serves it).
#
#   bench/scale/run.sh                    # 1,000,000 comments
#   COMMENTS=5000000 bench/scale/run.sh   # 5M
#   KEEP=1 bench/scale/run.sh             # keep the database (and reuse it on the next run)
# env: DB=newsroom_scale PORT=8130 REQUESTS=30 VENV=.venv ONLY=word,word (pages whose label has one)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
VENV=${VENV:-$ROOT/.venv}  # a worktree without its own: VENV=/path/to/.venv
PY=$VENV/bin/python
DB=${DB:-newsroom_scale}
PORT=${PORT:-8130}
COMMENTS=${COMMENTS:-1000000}
WORK=$(mktemp -d /tmp/newsroom-scale.XXXXXX)
export DATABASE_URL=postgres://postgres@127.0.0.1:5432/$DB

cleanup() {
  [[ -f $WORK/gunicorn.pid ]] && kill "$(cat "$WORK/gunicorn.pid")" 2>/dev/null || true
  sleep 1
  rm -rf "$WORK"
  if [[ ${KEEP:-0} != 1 ]]; then psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" || true; fi
}
trap cleanup EXIT

if ! psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB"
  time "$PY" bench/scale/build.py --comments "$COMMENTS"
fi

export DJANGO_SETTINGS_MODULE=newsroom.settings.production
SECRET_KEY=$($PY -c "import secrets; print(secrets.token_urlsafe(50))")
export SECRET_KEY ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false
export STATIC_ROOT=$WORK/static MEDIA_ROOT=$WORK/media CACHE_DIR=$WORK/cache
unset DEBUG REDIS_URL
"$PY" manage.py migrate --noinput -v0
"$PY" manage.py collectstatic --noinput -v0
"$VENV/bin/gunicorn" newsroom.wsgi --workers 2 --worker-class gthread --threads 4 \
  --bind "127.0.0.1:$PORT" --pid "$WORK/gunicorn.pid" --daemon --error-logfile "$WORK/gunicorn.log"
for _ in $(seq 1 60); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/api/v1/articles/" && break
  sleep 1
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB, $(psql -h 127.0.0.1 -U postgres -tAc 'SHOW server_version')"
PORT=$PORT "$PY" bench/scale/measure.py
