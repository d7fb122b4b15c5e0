"""Translations: facts are synchronised, words are translated, and listings in another language
show each town and project once, in that language where it exists, else in Danish."""

import re

import pytest
from wagtail.models import Locale
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields

from tests.home.factories import ContactFactory
from tests.twin_towns.factories import TwinTownPageFactory, TwinTownProjectPageFactory
from twin_towns.models import (
    TwinTownContact,
    TwinTownIndexPage,
    TwinTownPage,
    TwinTownProjectPage,
)


def kinds(model):
    fields = get_translatable_fields(model)
    synchronised = {f.field_name for f in fields if isinstance(f, SynchronizedField)}
    translated = {f.field_name for f in fields if isinstance(f, TranslatableField)}
    return synchronised, translated


def test_town_facts_are_synchronised_and_its_words_translated():
    synchronised, translated = kinds(TwinTownPage)
    assert {
        "local_name",
        "country",
        "language",
        "friendship_since",
        "latitude",
        "longitude",
        "image",
        "contact_links",
    } <= synchronised
    assert {"title", "intro", "body", "image_alt"} <= translated
    assert not synchronised & translated


def test_project_facts_are_synchronised_and_its_words_translated():
    synchronised, translated = kinds(TwinTownProjectPage)
    assert {
        "towns",
        "themes",
        "status",
        "start_date",
        "end_date",
        "contact_links",
    } <= synchronised
    assert {"title", "intro", "body", "results"} <= translated


def test_index_link_to_the_initiative_is_synchronised():
    synchronised, translated = kinds(TwinTownIndexPage)
    assert "related_initiative" in synchronised
    assert {"title", "intro", "body"} <= translated


@pytest.fixture
def locale_sv(db):
    return Locale.objects.get_or_create(language_code="sv")[0]


def translate(page, locale, **changes):
    """Translate a page as wagtail-localize does (copy for translation), then publish it."""
    translation = page.copy_for_translation(locale, copy_parents=True, alias=False)
    for name, value in changes.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def test_swedish_index_shows_every_town_once_swedish_where_translated(
    client, twin_index, locale_sv
):
    varberg = TwinTownPageFactory(parent=twin_index, title="Varberg", language="sv")
    sandefjord = TwinTownPageFactory(parent=twin_index, title="Sandefjord", language="nb")
    index_sv = translate(twin_index, locale_sv, title="Vänorter")
    varberg_sv = translate(varberg, locale_sv, intro="Varberg är en av Haderslevs vänorter.")

    towns = index_sv.get_towns()
    assert [town.pk for town in towns] == [varberg_sv.pk, sandefjord.pk]

    html = client.get(index_sv.url).content.decode()
    assert '<html lang="sv">' in html
    assert f'href="{varberg_sv.url}"' in html
    assert f'href="{varberg.url}"' not in html
    # Sandefjord is not translated into Swedish: its Danish page is listed instead of nothing.
    assert f'href="{sandefjord.url}"' in html


def test_translated_town_lists_projects_in_its_language_or_danish(
    client, twin_index, project_index, locale_sv
):
    varberg = TwinTownPageFactory(parent=twin_index, title="Varberg", language="sv")
    translated = TwinTownProjectPageFactory(
        parent=project_index, title="Ungdomsuge", towns=[varberg]
    )
    untranslated = TwinTownProjectPageFactory(
        parent=project_index, title="Frivilligudveksling", towns=[varberg]
    )
    varberg_sv = translate(varberg, locale_sv)
    translated_sv = translate(translated, locale_sv, title="Ungdomsvecka")

    projects = varberg_sv.get_projects()
    assert {project.pk for project in projects} == {translated_sv.pk, untranslated.pk}
    html = client.get(varberg_sv.url).content.decode()
    assert "Ungdomsvecka" in html
    assert ">Ungdomsuge<" not in html
    # The Danish fallback is marked as Danish for screen readers.
    card = re.search(rf'<a class="card[^"]*" href="{untranslated.url}">(.*?)</a>', html, re.S)
    assert card is not None
    assert '<h3 class="card-heading" lang="da">Frivilligudveksling</h3>' in card.group(1)
    # The Swedish project lists the Swedish Varberg page among its towns.
    assert translated_sv.get_towns() == [varberg_sv]


def test_town_page_links_to_its_version_in_the_towns_own_language(client, twin_index, locale_sv):
    varberg = TwinTownPageFactory(parent=twin_index, title="Varberg", language="sv")
    html = client.get(varberg.url).content.decode()
    assert "Läs sidan på svenska" not in html

    varberg_sv = translate(varberg, locale_sv)
    html = client.get(varberg.url).content.decode()
    assert f'<a href="{varberg_sv.url}" lang="sv" hreflang="sv">Läs sidan på svenska</a>' in html
    # The Swedish page does not link to itself.
    assert "Läs sidan på svenska" not in client.get(varberg_sv.url).content.decode()


def test_contacts_are_shown_in_the_readers_language_where_translated(client, twin_index, locale_sv):
    contact = ContactFactory(name="Anna Andersson", role="Koordinator")
    contact_sv = contact.copy_for_translation(locale_sv)
    contact_sv.role = "Samordnare"
    contact_sv.save()
    varberg = TwinTownPageFactory(
        parent=twin_index, contact_links=[TwinTownContact(contact=contact)]
    )
    varberg_sv = translate(varberg, locale_sv)
    html = client.get(varberg_sv.url).content.decode()
    assert "Samordnare" in html and "Koordinator" not in html


def test_wagtail_localize_carries_the_projects_facts_into_its_translation(
    twin_index, project_index, locale_sv, django_capture_on_commit_callbacks
):
    """The translation workflow editors use copies towns, dates, status and contacts as they are
    and leaves only the words to translate."""
    import datetime

    from wagtail_localize.models import TranslationSource

    from twin_towns.models import ProjectStatus, TwinTownProjectContact

    varberg = TwinTownPageFactory(parent=twin_index, title="Varberg")
    contact = ContactFactory(name="Anna Andersson")
    project = TwinTownProjectPageFactory(
        parent=project_index,
        title="Ungdomsuge",
        status=ProjectStatus.PLANNED,
        start_date=datetime.date(2027, 7, 5),
        towns=[varberg],
        contact_links=[TwinTownProjectContact(contact=contact, town=varberg)],
    )
    source, _created = TranslationSource.get_or_create_from_instance(project)
    # wagtail-localize publishes the translation once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(locale_sv, copy_parent_pages=True, fallback=True)

    translation = project.get_translation(locale_sv)
    assert translation.live
    assert list(translation.towns.all()) == [varberg]
    assert translation.status == ProjectStatus.PLANNED
    assert translation.start_date == datetime.date(2027, 7, 5)
    assert [(link.contact, link.town) for link in translation.contact_links.all()] == [
        (contact, varberg)
    ]
    # The Swedish Varberg page, once it exists, lists the Swedish project.
    varberg_sv = translate(varberg, locale_sv)
    assert varberg_sv.get_projects() == [translation]
