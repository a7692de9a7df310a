#!/usr/bin/env bash
# The seed article as an anonymous reader gets it, three ways in one run, each measured with wrk on
# 127.0.0.1 one after the other: Debian's nginx serving the very same HTML bytes from a file, Debian's
# Varnish (deploy/varnish/newsroom.vcl, xkey vmod) in front of gunicorn, and gunicorn alone (2
# workers, production settings; every request rendered by Django). Prints a Markdown table for
# docs/benchmarks.md, with the machine's load average before and after.
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
VARNISH_PORT=$((PORT + 2))
WORK=$(mktemp -d /tmp/newsroom-bench.XXXXXX)
RESULTS=$ROOT/bench/results
mkdir -p "$RESULTS"
# Debian's nginx, Varnish (with the xkey vmod) and wrk.
[[ -x /usr/sbin/nginx && -x /usr/sbin/varnishd && -x /usr/bin/wrk ]] && dpkg -s varnish-modules >/dev/null 2>&1 || \
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx varnish varnish-modules wrk) >/dev/null

cleanup() {
  [[ -f $WORK/gunicorn.pid ]] && kill "$(cat "$WORK/gunicorn.pid")" 2>/dev/null || true
  [[ -f $WORK/nginx.pid ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  [[ -f $WORK/varnishd.pid ]] && kill "$(cat "$WORK/varnishd.pid")" 2>/dev/null || true
  sleep 1
  # Varnish's child (another user) may still be removing its files: try again a few times.
  for _ in $(seq 10); do rm -rf "$WORK" 2>/dev/null && break; sleep 1; done
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
for _ in $(seq 10); do curl -fso /dev/null "$URL"; done
curl -fsi "$URL" | tr -d '\r' | grep -i '^cache-control:.*s-maxage' >/dev/null || { echo "the article is not cacheable" >&2; exit 1; }

# Varnish with the shipped VCL, its backend pointed at this gunicorn.
chmod 755 "$WORK"  # nginx workers and Varnish's child run as unprivileged users
sed "s/\.port = \"8000\";/.port = \"$PORT\";/" deploy/varnish/newsroom.vcl > "$WORK/newsroom.vcl"
chmod 644 "$WORK/newsroom.vcl"
/usr/sbin/varnishd -a 127.0.0.1:$VARNISH_PORT -f "$WORK/newsroom.vcl" -n "$WORK/varnish" -s malloc,64m \
  -P "$WORK/varnishd.pid" >/dev/null
VARNISH_URL=http://127.0.0.1:$VARNISH_PORT$ARTICLE
for _ in $(seq 50); do curl -fso /dev/null "$VARNISH_URL" && break; sleep 0.2; done
curl -fsi "$VARNISH_URL" | tr -d '\r' | grep -i '^x-cache: hit' >/dev/null || { echo "Varnish does not cache the article" >&2; exit 1; }

# nginx gets the same bytes a reader gets from Varnish.
mkdir -p "$WORK/www$ARTICLE"
curl -fso "$WORK/www${ARTICLE}index.html" "$VARNISH_URL"
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

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
read -r N_RPS N_P99 < <(measure "$NGINX_URL")
read -r V_RPS V_P99 < <(measure "$VARNISH_URL")
read -r G_RPS G_P99 < <(measure "$URL")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
[[ $(curl -fs "$VARNISH_URL" | wc -c) == "$BYTES" ]] || { echo "Varnish and nginx served different sizes" >&2; exit 1; }
V_RATIO=$(awk -v g="$V_RPS" -v n="$N_RPS" 'BEGIN {printf "%.1f", 100*g/n}')
G_RATIO=$(awk -v g="$G_RPS" -v n="$N_RPS" 'BEGIN {printf "%.1f", 100*g/n}')

CPU=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
{
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) CPU(s) ($CPU), $(uname -sr); wrk -t$THREADS -c$CONNECTIONS -d$DURATION; page $BYTES bytes; load average (1, 5, 15 min) $LOAD_BEFORE before, $LOAD_AFTER after."
  echo
  echo "| server | requests/s | p99 latency | of nginx |"
  echo "| --- | ---: | ---: | ---: |"
  echo "| nginx $(/usr/sbin/nginx -v 2>&1 | sed 's/.*nginx\///') (static file, 2 workers) | $N_RPS | ${N_P99} ms | 100% |"
  echo "| Varnish $(/usr/sbin/varnishd -V 2>&1 | head -1 | sed 's/.*varnish-\([0-9.]*\).*/\1/') (deploy/varnish/newsroom.vcl) in front of gunicorn | $V_RPS | ${V_P99} ms | ${V_RATIO}% |"
  echo "| gunicorn $($ROOT/.venv/bin/gunicorn --version | awk '{print $3}' | tr -d ')') alone (2 gthread workers × 4 threads, renders every request) | $G_RPS | ${G_P99} ms | ${G_RATIO}% |"
  echo
  echo "Article page through Varnish at **${V_RATIO}%** of nginx's requests/s (aim: 50%)."
} | tee "$RESULTS/article_page.md"
