#!/usr/bin/env bash
# The cached seed article served by gunicorn (2 workers, production settings) against Debian's
# nginx serving the very same HTML bytes from a file, one after the other in one run, both measured
# with wrk on 127.0.0.1. Prints a Markdown table for docs/benchmarks.md.
#
#   bench/article_page/run.sh            (env: DURATION=20s CONNECTIONS=32 THREADS=2 PORT=8110)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-8110}
NGINX_PORT=$((PORT + 1))
WORK=$(mktemp -d /tmp/newsroom-bench.XXXXXX)
RESULTS=$ROOT/bench/results
mkdir -p "$RESULTS"

cleanup() {
  [[ -f $WORK/gunicorn.pid ]] && kill "$(cat "$WORK/gunicorn.pid")" 2>/dev/null || true
  [[ -f $WORK/nginx.pid ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  sleep 1
  rm -rf "$WORK"
}
trap cleanup EXIT

# A throw-away production-like deployment (docs/operations.md), on SQLite in $WORK.
export DJANGO_SETTINGS_MODULE=newsroom.settings.production
export SECRET_KEY=$($PY -c "import secrets; print(secrets.token_urlsafe(50))")
export ALLOWED_HOSTS=127.0.0.1
export SECURE_SSL_REDIRECT=false   # plain http on loopback: no TLS terminator in front here
export DATABASE_URL=sqlite:///$WORK/db.sqlite3
export STATIC_ROOT=$WORK/static MEDIA_ROOT=$WORK/media CACHE_DIR=$WORK/cache
unset DJANGO_ALLOW_ASYNC_UNSAFE DEBUG
$PY manage.py migrate --noinput -v0
$PY manage.py load_demo >/dev/null
$PY manage.py collectstatic --noinput -v0

ARTICLE=$($PY manage.py shell -v 0 -c "
from newsroom.articles.models import ArticlePage
print(ArticlePage.objects.get(locale__language_code='en', slug__startswith='punching-isis').url)")
URL=http://127.0.0.1:$PORT$ARTICLE

$ROOT/.venv/bin/gunicorn newsroom.wsgi --workers 2 --worker-class gthread --threads 4 --bind 127.0.0.1:$PORT \
  --pid "$WORK/gunicorn.pid" --daemon --error-logfile "$WORK/gunicorn.log"
for _ in $(seq 50); do curl -fso /dev/null "$URL" && break; sleep 0.2; done
# Warm both workers' caches (each gunicorn worker has its own local-memory cache).
for _ in $(seq 20); do curl -fso /dev/null "$URL"; done
curl -fsi "$URL" | tr -d '\r' | grep -i '^x-page-cache: hit' >/dev/null || { echo "article is not served from the cache" >&2; exit 1; }

# nginx gets the same bytes a reader gets (the cached page, with that reader's CSRF token).
mkdir -p "$WORK/www$ARTICLE"
chmod 755 "$WORK"  # nginx workers run as www-data
curl -fso "$WORK/www${ARTICLE}index.html" "$URL"
cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location / { try_files \$uri \$uri/index.html =404; default_type text/html; }
  }
}
CONF
chmod -R a+rX "$WORK/www"
/usr/sbin/nginx -c "$WORK/nginx.conf" -p "$WORK"
NGINX_URL=http://127.0.0.1:$NGINX_PORT$ARTICLE
for _ in $(seq 50); do curl -fso /dev/null "$NGINX_URL" && break; sleep 0.2; done
BYTES=$(curl -fs "$NGINX_URL" | wc -c)

measure() {  # url -> "req/s p99_ms"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1" > "$WORK/wrk.txt"
  local rps p99
  rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.txt")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' "$WORK/wrk.txt")
  grep -q "Non-2xx" "$WORK/wrk.txt" && { echo "errors while measuring $1" >&2; cat "$WORK/wrk.txt" >&2; exit 1; }
  echo "$rps $p99"
}

read -r G_RPS G_P99 < <(measure "$URL")
read -r N_RPS N_P99 < <(measure "$NGINX_URL")
RATIO=$(awk -v g="$G_RPS" -v n="$N_RPS" 'BEGIN {printf "%.1f", 100*g/n}')

CPU=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
{
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) CPU(s) ($CPU), $(uname -sr); wrk -t$THREADS -c$CONNECTIONS -d$DURATION; page $BYTES bytes."
  echo
  echo "| server | requests/s | p99 latency |"
  echo "| --- | ---: | ---: |"
  echo "| nginx $(/usr/sbin/nginx -v 2>&1 | sed 's/.*nginx\///') (static file, 2 workers) | $N_RPS | ${N_P99} ms |"
  echo "| gunicorn $($ROOT/.venv/bin/gunicorn --version | awk '{print $3}' | tr -d ')') (2 gthread workers × 4 threads, cached article) | $G_RPS | ${G_P99} ms |"
  echo
  echo "Article page at **${RATIO}%** of nginx's requests/s."
} | tee "$RESULTS/article_page.md"
