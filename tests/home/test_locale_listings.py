"""Listings and choosers show content of the current language only, never a mix."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail_localize.models import Translation

from home.forms import LocaleAwarePageForm
from home.models import Contact, HomePage, StandardPage
from initiatives.models import InitiativePage, InitiativeRelatedLink, PetalPage
from tests.home.factories import ContactFactory
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory

CONTACT_EN = {"Konsulent": "Consultant", "Haderslev Kommune": "Haderslev Municipality"}


@pytest.fixture
def flower(home_page, translate):
    translate(home_page, "en")
    contact = ContactFactory(role="Konsulent", organisation="Haderslev Kommune")
    english_contact = translate(contact, "en", CONTACT_EN)
    petal = PetalPageFactory(parent=home_page, title="Synlighed")
    translate(petal, "en", {"Synlighed": "Visibility"})
    councils = InitiativePageFactory(parent=petal, title="Lokale råd", contact=contact)
    forum = InitiativePageFactory(parent=petal, title="Fælles Forum")
    danish_only = InitiativePageFactory(parent=petal, title="Kun på dansk")
    councils.related_links.add(InitiativeRelatedLink(related=forum))
    councils.related_links.add(InitiativeRelatedLink(related=danish_only))
    councils.save_revision().publish()
    translate(councils, "en", {"Lokale råd": "Local councils"})
    translate(forum, "en", {"Fælles Forum": "Joint Forum"})
    return {
        "petal": petal,
        "councils": councils,
        "contact": contact,
        "english_contact": english_contact,
    }


def test_petal_lists_only_initiatives_of_its_language(client, flower, locales):
    html = client.get("/en/synlighed/").content.decode()
    assert "Local councils" in html and "Joint Forum" in html
    assert "Kun på dansk" not in html and "Lokale råd" not in html
    danish = client.get("/da/synlighed/").content.decode()
    assert "Lokale råd" in danish and "Kun på dansk" in danish
    assert "Local councils" not in danish


def test_related_initiatives_are_shown_in_the_pages_language(client, flower, locales):
    english = flower["councils"].get_translation(locales["en"]).specific
    # The links are synchronised (they point at Danish pages) and resolved per language.
    assert [page.title for page in english.get_related_initiatives()] == ["Joint Forum"]
    html = client.get(english.url).content.decode()
    related = html.split('id="related-heading"')[1].split("</section>")[0]
    assert "Joint Forum" in related
    assert "Fælles Forum" not in related and "Kun på dansk" not in related


def test_a_translated_page_points_at_the_translated_contact(client, flower, locales):
    english = flower["councils"].get_translation(locales["en"]).specific
    assert english.contact == flower["english_contact"]
    html = client.get(english.url).content.decode()
    assert "Consultant" in html and "Haderslev Municipality" in html
    assert "Konsulent" not in html


def _page_form(page, user):
    form_class = type(page).get_edit_handler().get_form_class()
    assert issubclass(form_class, LocaleAwarePageForm)
    return form_class(instance=page, for_user=user)


def test_contact_chooser_offers_contacts_of_the_pages_language(
    flower, locales, admin_user, admin_client
):
    page = flower["councils"]
    field = _page_form(page, admin_user).fields["contact"]
    assert list(field.queryset) == [flower["contact"]]
    with pytest.raises(ValidationError):
        field.clean(flower["english_contact"].pk)
    assert field.clean(flower["contact"].pk) == flower["contact"]

    # The chooser modal opens on the page's language (Wagtail's locale filter).
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.id])).content.decode()
    assert "/admin/snippets/choose/home/contact/?locale=da" in html


def test_a_page_editors_took_over_chooses_contacts_in_its_own_language(flower, locales, admin_user):
    english = flower["councils"].get_translation(locales["en"]).specific
    Translation.objects.filter(target_locale=locales["en"]).update(enabled=False)
    field = _page_form(english, admin_user).fields["contact"]
    assert list(field.queryset) == [flower["english_contact"]]
    assert field.widget.get_chooser_modal_url().endswith("?locale=en")


def test_contact_chooser_view_filters_by_locale(flower, admin_client):
    url = reverse(Contact.snippet_viewset.chooser_viewset.get_url_name("choose"))
    html = admin_client.get(url, {"locale": "en"}).content.decode()
    assert "Consultant" in html and "Konsulent" not in html


def test_every_content_page_type_uses_the_locale_aware_form():
    for model in (HomePage, StandardPage, PetalPage, InitiativePage):
        assert issubclass(model.base_form_class, LocaleAwarePageForm)
