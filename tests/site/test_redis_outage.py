"""A Redis outage: the site keeps serving at close to its uncached speed, asks the dead Redis
once per interval (a circuit breaker), and logs the outage as one short line per interval.

The caches are the production settings' own (loaded with REDIS_URL set, in a fresh interpreter)
pointed at a real socket: a closed port, or a server that accepts connections and never answers
(a hung Redis, the slow kind of outage), which counts the connection attempts."""

import functools
import logging
import socket
import threading
import time

import pytest

from haderslev_site import redis_cache
from home.models import SiteSettings
from tests.site.test_production_settings import _production_settings


@pytest.fixture
def hung_redis():
    """A TCP server that accepts connections and never answers; counts the connections."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    accepted = []
    stop = threading.Event()

    def serve():
        server.settimeout(0.05)
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            accepted.append(connection)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], accepted
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    server.close()


@functools.cache
def _production_caches(url):
    return _production_settings(["CACHES", "PAGE_CACHE_GENERATION_ALIAS"], REDIS_URL=url)


@pytest.fixture
def production_caches(settings, home_page):
    """Apply the production CACHES for a given REDIS_URL; the breakers start closed. The site
    settings row exists up front, as on a real site (creating it invalidates the page cache)."""
    redis_cache._breakers.clear()
    SiteSettings.for_site(home_page.get_site())

    def use(url):
        got = _production_caches(url)
        settings.CACHES = {**got["CACHES"], "ratelimit": settings.CACHES["ratelimit"]}
        settings.PAGE_CACHE_GENERATION_ALIAS = got["PAGE_CACHE_GENERATION_ALIAS"]
        settings.PAGE_CACHE_ENABLED = True
        settings.CHROME_CACHE_ENABLED = True

    yield use
    redis_cache._breakers.clear()


def _cache_records(caplog):
    return [
        r for r in caplog.records if r.name.startswith(("haderslev_site.cache", "django_redis"))
    ]


def test_a_hung_redis_is_asked_once_per_interval_and_logged_once(
    client, production_caches, hung_redis, caplog, settings
):
    port, accepted = hung_redis
    production_caches(f"redis://127.0.0.1:{port}/0")
    for _ in range(10):
        assert client.get("/da/").status_code == 200
    # One connection (its command timed out after 0.25 s), not one per cache call.
    assert len(accepted) == 1
    records = _cache_records(caplog)
    assert len(records) == 1
    assert records[0].exc_info is None
    assert "unavailable" in records[0].getMessage()


def test_after_the_interval_redis_is_tried_again(
    client, production_caches, hung_redis, caplog, settings
):
    port, accepted = hung_redis
    production_caches(f"redis://127.0.0.1:{port}/0")
    settings.CACHE_RETRY_SECONDS = 0.3
    client.get("/da/")
    assert len(accepted) == 1
    time.sleep(0.35)
    client.get("/da/")
    assert len(accepted) == 2
    # Still down: not logged again within CACHE_OUTAGE_LOG_SECONDS.
    assert len(_cache_records(caplog)) == 1


def test_with_redis_at_a_closed_port_pages_and_health_check_answer(
    client, production_caches, caplog
):
    production_caches("redis://127.0.0.1:1/0")
    for _ in range(20):
        response = client.get("/da/")
        assert response.status_code == 200
        assert response.wsgi_request.page_cache == "bypass"
    assert len(_cache_records(caplog)) == 1
    health = client.get("/healthz")
    assert health.json()["checks"]["cache"] == "unavailable"


def _redis_available():
    import redis

    try:
        return redis.Redis.from_url("redis://127.0.0.1:6379/8", socket_timeout=0.2).ping()
    except Exception:
        return False


@pytest.mark.skipif(not _redis_available(), reason="no Redis at 127.0.0.1:6379")
def test_with_a_live_redis_the_breaker_stays_closed_and_pages_are_cached(
    client, production_caches, caplog
):
    production_caches("redis://127.0.0.1:6379/8")
    from django.core.cache import caches

    caches["pagecache"].delete_pattern("*")
    try:
        assert client.get("/da/").wsgi_request.page_cache == "miss"
        assert client.get("/da/").wsgi_request.page_cache == "hit"
        assert _cache_records(caplog) == []
    finally:
        caches["pagecache"].delete_pattern("*")


def test_the_outage_log_line_says_when_redis_is_back(caplog, settings):
    breaker = redis_cache.CircuitBreaker()
    caplog.set_level(logging.INFO, logger="haderslev_site.cache")
    breaker.failed(ConnectionRefusedError())
    breaker.failed(ConnectionRefusedError())
    breaker.succeeded()
    messages = [r.getMessage() for r in _cache_records(caplog)]
    assert len(messages) == 2
    assert "available again" in messages[1]
