"""The gunicorn settings of `make serve` (site/gunicorn.conf.py), read by gunicorn itself."""

import gc
import runpy
from pathlib import Path
from urllib.parse import quote

import pytest
from gunicorn.config import Config
from gunicorn.http.errors import LimitRequestLine
from gunicorn.http.parser import RequestParser

CONF = Path(__file__).resolve().parents[2] / "site" / "gunicorn.conf.py"


def gunicorn_config(**environ):
    config = Config()
    with pytest.MonkeyPatch.context() as patch:
        for name, value in environ.items():
            patch.setenv(name, value)
        for name, value in runpy.run_path(str(CONF)).items():
            if name in config.settings:
                config.set(name, value)
    return config


def parse(config, target):
    raw = f"GET {target} HTTP/1.1\r\nHost: medborgerskab.haderslev.dk\r\n\r\n".encode()
    return next(RequestParser(config, iter([raw]), ("127.0.0.1", 40000)))


def test_a_search_url_of_10000_characters_reaches_the_site():
    """The search caps the query with a message (tests/search/test_bad_input.py); gunicorn's
    default 4 KB request line would answer 414 before the site sees it."""
    query = quote("frivillig æøå " * 715)  # 10,010 characters, 34,320 bytes encoded
    request = parse(gunicorn_config(), f"/da/search/?q={query}")
    assert request.path == "/da/search/"
    assert request.query == f"q={query}"


def test_a_limit_can_be_set_by_environment_variable():
    config = gunicorn_config(GUNICORN_LIMIT_REQUEST_LINE="4094")
    with pytest.raises(LimitRequestLine):
        parse(config, "/da/search/?q=" + "a" * 5000)


def test_a_worker_freezes_what_loading_the_site_created():
    """Full garbage collections then skip the site's code and settings (see the hook)."""
    hook = runpy.run_path(str(CONF))["post_worker_init"]
    try:
        hook(worker=None)
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
