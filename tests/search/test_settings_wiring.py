"""The search backend comes from the environment: the database by default, Elasticsearch or
OpenSearch for sites that outgrow it. The settings module is loaded afresh with each
environment (no network: nothing connects while settings load)."""

import importlib.util
import runpy
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

import haderslev_site.settings.base

BASE = Path(haderslev_site.settings.base.__file__)


def load_settings(monkeypatch, **env):
    for name in ("SEARCH_BACKEND", "SEARCH_URL", "SEARCH_INDEX", "SEARCH_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(BASE))


def test_the_database_backend_is_the_default(monkeypatch):
    backends = load_settings(monkeypatch)["WAGTAILSEARCH_BACKENDS"]
    assert backends["default"]["BACKEND"] == "search.backends"
    assert backends["default"]["SEARCH_CONFIGS"]["da"] == "danish"
    assert backends["default"]["AUTO_UPDATE"] is True


def test_elasticsearch_by_environment(monkeypatch):
    backends = load_settings(
        monkeypatch,
        SEARCH_BACKEND="elasticsearch",
        SEARCH_URL="https://search.example:9200",
        SEARCH_INDEX="haderslev",
    )["WAGTAILSEARCH_BACKENDS"]
    default = backends["default"]
    assert default["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert default["URLS"] == ["https://search.example:9200"]
    assert default["INDEX"] == "haderslev"
    assert default["AUTO_UPDATE"] is True
    assert importlib.util.find_spec(default["BACKEND"]) is not None


def test_opensearch_by_environment(monkeypatch):
    default = load_settings(
        monkeypatch,
        SEARCH_BACKEND="OpenSearch",
        SEARCH_URL="https://a.example:9200,https://b.example:9200",
    )["WAGTAILSEARCH_BACKENDS"]["default"]
    assert default["BACKEND"] == "wagtail.search.backends.opensearch3"
    assert default["URLS"] == ["https://a.example:9200", "https://b.example:9200"]
    assert importlib.util.find_spec(default["BACKEND"]) is not None


def test_a_cluster_without_url_refuses_to_start(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="SEARCH_URL"):
        load_settings(monkeypatch, SEARCH_BACKEND="elasticsearch")


def test_an_unknown_backend_refuses_to_start(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="Unknown SEARCH_BACKEND"):
        load_settings(monkeypatch, SEARCH_BACKEND="solr")


def test_the_running_site_uses_the_multilingual_database_backend(db):
    from django.db import connection
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    if connection.vendor == "postgresql":
        assert type(backend).__name__ == "MultilingualPostgresSearchBackend"
    else:
        assert type(backend).__module__.startswith("modelsearch.backends.database")
