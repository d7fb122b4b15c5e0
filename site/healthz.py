"""/healthz for load balancers: is this app server able to serve readers?

200 when the database answers (the cache may be down: the site still serves, only slower, and
taking every app server out of the pool because the shared cache is down would be an outage);
503 when the database does not. The body says which part failed and nothing else: no hosts,
versions, settings or error messages.
"""

import logging
import uuid

from django.core.cache import caches
from django.db import connections
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger("haderslev_site.healthz")


def _database_ok(alias):
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        logger.warning("health check: database %s unavailable", alias, exc_info=True)
        # Drop the broken connection so the next request opens a fresh one.
        connections[alias].close_if_unusable_or_obsolete()
        return False
    return True


def _cache_ok():
    cache = caches["default"]
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", 10)
        ok = cache.get(key) == "ok"
        cache.delete(key)
    except Exception as error:
        logger.warning("health check: cache unavailable (%s)", type(error).__name__)
        return False
    # A shared cache that does not answer is logged by its backend, once per interval
    # (haderslev_site.redis_cache), not once per probe.
    return ok


def healthz(request):
    checks = {
        "database": "ok" if _database_ok("default") else "unavailable",
        "cache": "ok" if _cache_ok() else "unavailable",
    }
    if "replica" in connections.settings:
        checks["replica"] = "ok" if _database_ok("replica") else "unavailable"

    if checks["database"] != "ok":
        status, http_status = "unavailable", 503
    elif any(value != "ok" for value in checks.values()):
        status, http_status = "degraded", 200
    else:
        status, http_status = "ok", 200
    response = JsonResponse({"status": status, "checks": checks}, status=http_status)
    add_never_cache_headers(response)
    return response
