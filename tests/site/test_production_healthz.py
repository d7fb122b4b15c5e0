"""/healthz tells a load balancer whether this app server can serve readers."""

import logging

from haderslev_site import redis_cache


def test_healthy(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
    assert "no-store" in response["Cache-Control"]


def test_answers_any_host_over_plain_http(client, db, settings):
    """Load balancers probe by address; host validation and the HTTPS redirect don't apply."""
    settings.ALLOWED_HOSTS = ["medborgerskab.example"]
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200


def test_reveals_no_secrets(client, db, settings):
    body = client.get("/healthz").content.decode()
    for secret in (settings.SECRET_KEY, settings.DATABASES["default"]["NAME"], "127.0.0.1"):
        assert str(secret) not in body


# The database down (a real, unreachable PostgreSQL) is tested with the production settings in
# tests/site/test_production_errors.py: /healthz answers 503 {"status": "unavailable"}.


def test_cache_down_is_degraded_but_still_serving(client, db, settings, caplog):
    """A real Redis client against a closed port, as the production settings configure it."""
    redis_cache._breakers.clear()
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "haderslev_site.redis_cache.CircuitBreakerRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.25},
        },
    }
    try:
        for _ in range(3):  # a load balancer probes every few seconds
            response = client.get("/healthz")
            assert response.status_code == 200
            assert response.json() == {
                "status": "degraded",
                "checks": {"database": "ok", "cache": "unavailable"},
            }
    finally:
        redis_cache._breakers.clear()
    # The outage is logged once (by the cache's circuit breaker), not once per probe.
    outage = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(outage) == 1
