"""The partner API under hostile input and faults: a NUL byte in any parameter is a JSON 400
(PostgreSQL refuses NUL in a string literal, so this matters there most), every error is JSON,
and the rate limit is counted in the database, so it holds with Redis down."""

import pytest
from django.core.cache import caches

PAGES = "/api/v2/pages/"


@pytest.fixture(autouse=True)
def _fresh_counters(db):
    caches["default"].clear()
    caches["ratelimit"].clear()


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?locale=%00",
        "/api/v2/pages/?locale=da%00",
        "/api/v2/pages/?site=%00",
        "/api/v2/pages/find/?html_path=%00",
        "/api/v2/images/?search=%00",
        "/api/v2/documents/?search=%00",
        "/api/v2/pages/?title=%00",
        "/api/v2/pages/?fields=%00",
        "/api/v2/pages/?%00=1",
    ],
)
def test_a_nul_byte_in_any_parameter_is_a_json_400(client, home_page, url):
    client.raise_request_exception = False
    response = client.get(url)
    assert response.status_code == 400, response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    assert "nul-tegn" in response.json()["message"]


def test_an_unknown_api_path_is_a_json_404(client, db):
    response = client.get("/api/v2/nothing-here/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["message"]


def test_the_rate_limit_is_counted_in_the_database_not_in_the_shared_cache(
    client, home_page, settings
):
    """With Redis down the default cache forgets every counter (django-redis ignores its
    errors): a dummy cache behaves exactly so. The limit must still hold."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    settings.API_RATE_LIMIT = "3/min"
    statuses = [client.get(PAGES, REMOTE_ADDR="192.0.2.7").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
