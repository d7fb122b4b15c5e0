#!/usr/bin/env bash
# Search benchmark on PostgreSQL (`make bench-search`): starts PostgreSQL if it is down, creates
# the benchmark database if missing, migrates it, then runs `manage.py bench_search`, which fills
# it with 10,000 pages on the first run (reused afterwards) and prints latency and query counts.
# BENCH_SEARCH_DATABASE_URL chooses the database (not `make bench`'s: that one holds the seeded site); extra arguments go to bench_search (e.g. --rounds 10);
# --refill (first) drops and recreates the database so that it is filled anew.
set -euo pipefail
cd "$(dirname "$0")/.."

URL="${BENCH_SEARCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/medborgerskab_bench_search}"
DB_NAME="${URL##*/}"
DB_NAME="${DB_NAME%%\?*}"
SERVER_URL="${URL%/*}/postgres"

if ! pg_isready -d "$SERVER_URL" -q; then
  echo "Starting PostgreSQL…"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  for _ in $(seq 1 30); do pg_isready -d "$SERVER_URL" -q && break; sleep 1; done
fi
pg_isready -d "$SERVER_URL"

# --refill: start from an empty database (dropping it is much faster than deleting 10,000 pages).
if [ "${1:-}" = "--refill" ]; then
  psql "$SERVER_URL" -q -c "DROP DATABASE IF EXISTS \"$DB_NAME\""
fi
if [ "$(psql "$SERVER_URL" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != "1" ]; then
  psql "$SERVER_URL" -q -c "CREATE DATABASE \"$DB_NAME\""
fi

# The site as it runs in production (scripts/bench.py does the same): production settings,
# persistent database connections, cached templates, the site chrome cached per page-cache
# generation, Redis as the shared cache when it answers. Only the page cache is off, so that
# every search reaches the view and the full-text search runs.
export DATABASE_URL="$URL"
export DJANGO_SETTINGS_MODULE=haderslev_site.settings.production
export SECRET_KEY="${SECRET_KEY:-bench-search-not-secret-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
export ALLOWED_HOSTS=testserver SECURE_SSL_REDIRECT=false PAGE_CACHE=0 LOG_LEVEL=WARNING
export CACHE_KEY_PREFIX="bench-search-$$"
REDIS="${BENCH_REDIS_URL:-redis://127.0.0.1:6379/0}"
if .venv/bin/python -c "import redis, sys; redis.Redis.from_url(sys.argv[1], socket_timeout=1).ping()" "$REDIS" 2>/dev/null; then
  export REDIS_URL="$REDIS"
else
  echo "Redis does not answer at $REDIS: the caches are this process's memory."
  unset REDIS_URL
fi
.venv/bin/python manage.py migrate --noinput -v0
# The production settings serve hashed static files from a manifest, as `make serve` builds it.
.venv/bin/python manage.py collectstatic --noinput -v0
.venv/bin/python manage.py bench_search "$@"
