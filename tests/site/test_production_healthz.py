"""/healthz tells a load balancer whether this app server can serve readers."""

from haderslev_site.healthz import healthz


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


def test_database_down_is_503(rf, monkeypatch, db):
    monkeypatch.setattr("haderslev_site.healthz._database_ok", lambda alias: False)
    response = healthz(rf.get("/healthz"))
    assert response.status_code == 503
    assert b'"database": "unavailable"' in response.content


def test_cache_down_is_degraded_but_still_serving(rf, monkeypatch, db):
    monkeypatch.setattr("haderslev_site.healthz._cache_ok", lambda: False)
    response = healthz(rf.get("/healthz"))
    assert response.status_code == 200
    assert b'"status": "degraded"' in response.content
