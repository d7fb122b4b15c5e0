"""Scale-out is wired by environment variables: Redis, a read replica, S3 media, a CDN purge
and an OpenSearch/Elasticsearch backend. Each is checked by loading the production settings in
a fresh interpreter with the variable set."""

import json
import os
import subprocess
import sys

import pytest

PRINT_SETTINGS = """
import json, django
django.setup()
from django.conf import settings
print(json.dumps({name: getattr(settings, name, None) for name in %r}, default=str))
"""


def _production_settings(names, **env):
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", PRINT_SETTINGS % (names,)],
        env={
            **{k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL")},
            "DJANGO_SETTINGS_MODULE": "haderslev_site.settings.production",
            "SECRET_KEY": "x" * 50,
            "LOG_LEVEL": "WARNING",
            **env,
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_without_redis_pages_are_cached_in_local_memory_with_a_shared_generation():
    caches = _production_settings(["CACHES", "PAGE_CACHE_GENERATION_ALIAS"])
    assert caches["CACHES"]["pagecache"]["BACKEND"].endswith("LocMemCache")
    generation = caches["CACHES"][caches["PAGE_CACHE_GENERATION_ALIAS"]]
    assert generation["BACKEND"].endswith("FileBasedCache")  # shared by every worker


def test_redis_url_makes_redis_the_shared_cache_behind_a_circuit_breaker():
    got = _production_settings(
        ["CACHES", "PAGE_CACHE_GENERATION_ALIAS"], REDIS_URL="redis://cache.internal:6379/3"
    )
    for alias in ("default", "renditions", "pagecache"):
        cache = got["CACHES"][alias]
        assert cache["BACKEND"] == "haderslev_site.redis_cache.CircuitBreakerRedisCache"
        assert cache["LOCATION"] == "redis://cache.internal:6379/3"
    assert got["PAGE_CACHE_GENERATION_ALIAS"] == "pagecache"


def test_database_replica_url_adds_the_replica_and_its_router():
    got = _production_settings(
        ["DATABASES", "DATABASE_ROUTERS"],
        DATABASE_URL="postgres://app@primary.internal:5432/medborgerskab",
        DATABASE_REPLICA_URL="postgres://app@replica.internal:5432/medborgerskab",
    )
    assert got["DATABASES"]["default"]["HOST"] == "primary.internal"
    assert got["DATABASES"]["replica"]["HOST"] == "replica.internal"
    assert got["DATABASES"]["default"]["CONN_HEALTH_CHECKS"] is True
    assert got["DATABASES"]["replica"]["CONN_HEALTH_CHECKS"] is True
    assert got["DATABASES"]["default"]["CONN_MAX_AGE"] == 60
    assert got["DATABASE_ROUTERS"] == ["haderslev_site.db_router.ReadReplicaRouter"]


def test_bucket_name_moves_media_to_s3_compatible_storage():
    got = _production_settings(
        ["STORAGES", "CONTENT_SECURITY_POLICY"],
        AWS_STORAGE_BUCKET_NAME="haderslev-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.net",
        AWS_S3_CUSTOM_DOMAIN="media.example.net",
    )
    storage = got["STORAGES"]["default"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "haderslev-media"
    assert storage["OPTIONS"]["endpoint_url"] == "https://s3.example.net"
    assert "https://media.example.net" in got["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]


def test_s3_storage_builds_public_media_urls_without_credentials_in_them():
    from storages.backends.s3 import S3Storage

    storage = S3Storage(
        bucket_name="haderslev-media",
        custom_domain="media.example.net",
        location="media",
        querystring_auth=False,
        access_key="AKIAEXAMPLE",
        secret_key="not-a-real-secret",
    )
    url = storage.url("images/blomst.jpg")
    assert url == "https://media.example.net/media/images/blomst.jpg"


@pytest.mark.parametrize(
    ("backend", "extra", "expected"),
    [
        (
            "cloudflare",
            {"CLOUDFLARE_BEARER_TOKEN": "t", "CLOUDFLARE_ZONEID": "z"},
            "CloudflareBackend",
        ),
        ("cloudfront", {"CLOUDFRONT_DISTRIBUTION_ID": "E123"}, "CloudfrontBackend"),
        ("http", {"FRONTEND_CACHE_LOCATION": "http://varnish.internal"}, "HTTPBackend"),
    ],
)
def test_frontend_cache_backend_wires_the_cdn_purge(backend, extra, expected):
    got = _production_settings(
        ["WAGTAILFRONTENDCACHE", "CACHE_CDN_MAX_AGE"], FRONTEND_CACHE_BACKEND=backend, **extra
    )
    assert got["WAGTAILFRONTENDCACHE"]["default"]["BACKEND"].endswith(expected)
    assert got["CACHE_CDN_MAX_AGE"] == 3600  # a CDN may keep pages: it is purged on publish


def test_without_a_cdn_purge_shared_caches_must_revalidate():
    assert _production_settings(["CACHE_CDN_MAX_AGE"])["CACHE_CDN_MAX_AGE"] == 0


def test_production_uses_the_cached_template_loader_and_the_chrome_cache():
    result = subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-c",
            "import django; django.setup()\n"
            "from django.conf import settings\n"
            "from django.template import engines\n"
            "engine = engines['django'].engine\n"
            "print(engine.loaders[0][0], engine.debug, settings.CHROME_CACHE_ENABLED)",
        ],
        env={
            **{k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL")},
            "DJANGO_SETTINGS_MODULE": "haderslev_site.settings.production",
            "SECRET_KEY": "x" * 50,
            "LOG_LEVEL": "WARNING",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    loader, debug, chrome = result.stdout.split()
    assert loader == "django.template.loaders.cached.Loader"
    assert (debug, chrome) == ("False", "True")


def test_a_bucket_without_the_s3_extra_installed_fails_clearly():
    """S3 support (django-storages, boto3) is the optional extra `s3`; without it, a bucket
    name stops the start with the command that installs it."""
    script = "import sys; sys.modules['boto3'] = None\nimport django; django.setup()\n"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "haderslev_site.settings.production",
            "SECRET_KEY": "x" * 50,
            "AWS_STORAGE_BUCKET_NAME": "medborgerskab-media",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "boto3 is not installed" in result.stderr
    assert ".[s3]" in result.stderr
