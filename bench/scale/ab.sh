#!/usr/bin/env bash
# Same-load comparison of two trees on the bench/scale database: one gunicorn per tree (2 gthread
# workers x 4 threads, production settings, the same SECRET_KEY), then bench/scale/ab.py requests
# each page from both in turn. Run it under `flock /work/bench.lock` like run.sh.
#   DB=newsroom_scale PORTS=8124,8125 REQUESTS=20 ONLY=queue bench/scale/ab.sh TREE_A TREE_B
# Two databases instead of two trees (the 5M build against the 1M one, the same minutes): DBS=a,b
# gives server A the first and B the second; the trees may then be the same one.
#   DBS=newsroom_1m,newsroom_5m PORTS=8124,8125 REQUESTS=20 bench/scale/ab.sh TREE TREE
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=${VENV:-$PWD/.venv}
A=$1 B=$2
DB=${DB:-newsroom_scale}
PORTS=${PORTS:-8124,8125}
WORK=$(mktemp -d /tmp/newsroom-ab.XXXXXX)
export DATABASE_URL=postgres://postgres@127.0.0.1:5432/$DB DJANGO_SETTINGS_MODULE=newsroom.settings.production
SECRET_KEY=$("$VENV/bin/python" -c "import secrets; print(secrets.token_urlsafe(50))")
export SECRET_KEY ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false MEDIA_ROOT=$WORK/media
unset DEBUG REDIS_URL
cleanup() { for f in "$WORK"/*.pid; do [[ -f $f ]] && kill "$(cat "$f")" 2>/dev/null || true; done; sleep 1; rm -rf "$WORK"; }
trap cleanup EXIT
i=0
for tree in "$A" "$B"; do
  port=$(cut -d, -f$((i + 1)) <<<"$PORTS")
  [[ -n ${DBS:-} ]] && export DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(cut -d, -f$((i + 1)) <<<"$DBS")
  (cd "$tree" && STATIC_ROOT=$WORK/static$i CACHE_DIR=$WORK/cache$i "$VENV/bin/python" manage.py collectstatic --noinput -v0 &&
   STATIC_ROOT=$WORK/static$i CACHE_DIR=$WORK/cache$i "$VENV/bin/gunicorn" newsroom.wsgi --workers 2 \
     --worker-class gthread --threads 4 --bind "127.0.0.1:$port" --pid "$WORK/$i.pid" --daemon \
     --error-logfile "$WORK/gunicorn$i.log")
  for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/articles/" && break; sleep 1; done
  i=$((i + 1))
done
echo "A: $A ($(git -C "$A" log --oneline -1 | cut -c1-8)), B: $B ($(git -C "$B" log --oneline -1 | cut -c1-8))${DBS:+, databases A,B: $DBS}; load: $(uptime | sed 's/.*average: //')"
[[ -n ${DBS:-} ]] && export DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(cut -d, -f1 <<<"$DBS")
STATIC_ROOT=$WORK/static0 CACHE_DIR=$WORK/cache0 AB_PORTS=$PORTS AB_DBS=${DBS:-} "$VENV/bin/python" bench/scale/ab.py
echo "load after: $(uptime | sed 's/.*average: //')"
