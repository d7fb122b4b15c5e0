"""'Her kan du handle': external services shown on the pages where readers act."""

import pytest
from wagtail.models import Locale

from links.models import ExternalService
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory

from .factories import ExternalServiceFactory


@pytest.fixture
def initiative(home_page):
    return InitiativePageFactory(parent=PetalPageFactory(parent=home_page), title="Veje og parker")


def _attach(page, *services):
    page.action_links = [("service", service) for service in services]
    page.save_revision().publish()


def test_service_is_a_prominent_link_that_says_it_leaves_the_site(client, initiative):
    service = ExternalServiceFactory(
        name="Conventus", url="https://conventus.dk/", action="Søg om puljemidler."
    )
    _attach(initiative, service)
    html = client.get(initiative.url).content.decode()
    assert '<h2 id="action-links-heading">Her kan du handle</h2>' in html
    assert 'href="https://conventus.dk/" rel="noopener"' in html
    assert "Gå til Conventus" in html
    assert "(åbner et andet websted)" in html  # visible, and read by screen readers with the link
    assert "Søg om puljemidler." in html
    assert "Drives af Haderslev Kommune" in html
    assert "ikke bekræftet" not in html


def test_unconfirmed_address_is_marked(client, initiative):
    _attach(initiative, ExternalServiceFactory(name="Giv et praj", url_confirmed=False))
    html = client.get(initiative.url).content.decode()
    assert "Eksempel: Adressen er endnu ikke bekræftet af kommunen." in html


def test_target_language_is_announced(client, initiative):
    _attach(initiative, ExternalServiceFactory(language="de"))
    assert 'hreflang="de"' in client.get(initiative.url).content.decode()


def test_page_without_services_shows_no_section(client, initiative):
    assert "action-links-heading" not in client.get(initiative.url).content.decode()


def test_reader_gets_the_service_in_their_language(rf, initiative):
    """The include resolves the Danish service to its English translation for English readers."""
    from django.template.loader import render_to_string
    from django.utils import translation

    service = ExternalServiceFactory(name="Frivilligjob.dk", action="Søg frivillige job.")
    english = Locale.objects.create(language_code="en")
    translated = service.copy_for_translation(english)
    translated.action = "Search volunteer jobs."
    translated.save()
    _attach(initiative, service)
    page = type(initiative).objects.get(pk=initiative.pk)
    with translation.override("en"):
        request = rf.get("/en/")
        html = render_to_string(
            "home/includes/action_links.html", {"links": page.action_links, "request": request}
        )
    assert "Search volunteer jobs." in html
    assert ExternalService.objects.count() == 2
