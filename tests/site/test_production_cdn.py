"""With a CDN purge configured (FRONTEND_CACHE_BACKEND), a change readers can see purges every
live page from the CDN once, after the change is committed."""

import pytest

from tests.home.factories import ContactFactory
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory


@pytest.fixture
def purged(settings, monkeypatch):
    """Switches the CDN purge on, recording each batch of purged URLs. (Request it after the
    content the test sets up: the test transaction never commits, so a purge scheduled while
    setting up would stay pending and, rightly, absorb the one under test.)"""
    settings.WAGTAILFRONTENDCACHE = {
        "default": {"BACKEND": "wagtail.contrib.frontend_cache.backends.dummy.DummyBackend"}
    }
    batches = []
    monkeypatch.setattr(
        "wagtail.contrib.frontend_cache.utils.purge_urls_from_cache",
        lambda urls, *args, **kwargs: batches.append(sorted(urls)),
    )
    return batches


@pytest.fixture
def flower(home_page):
    petal = PetalPageFactory(parent=home_page, title="Synlighed")
    return petal, InitiativePageFactory(parent=petal, title="Dialogmøde")


def test_publishing_a_page_purges_every_live_page_once_after_commit(
    flower, purged, django_capture_on_commit_callbacks
):
    petal, initiative = flower
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        initiative.title = "Årligt dialogmøde"
        initiative.save_revision().publish()
    assert purged, "nothing was purged"
    # Wagtail purges the page itself; the project purges every page once (lists, navigation).
    site_wide = [batch for batch in purged if len(batch) > 1]
    assert len(site_wide) == 1
    initiative.refresh_from_db()
    expected = {"/da/", petal.url, initiative.url}
    assert {f"http://localhost{path}" for path in expected} <= set(site_wide[0])
    assert sum(1 for c in callbacks if c.__name__ == "purge_all_pages_from_cdn") == 1


def test_saving_a_snippet_purges_every_live_page(
    home_page, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ContactFactory()
    assert purged and "http://localhost/da/" in purged[-1]


def test_without_a_cdn_nothing_is_purged(
    home_page, settings, monkeypatch, django_capture_on_commit_callbacks
):
    calls = []
    monkeypatch.setattr(
        "wagtail.contrib.frontend_cache.utils.purge_urls_from_cache",
        lambda urls, *args, **kwargs: calls.append(urls),
    )
    with django_capture_on_commit_callbacks(execute=True):
        ContactFactory()
    assert calls == []
