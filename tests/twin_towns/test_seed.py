"""`seed_content` builds the twin towns from the public facts, links the policy's initiative,
supplies translations for every text it seeds, and changes nothing on a second run."""

from decimal import Decimal

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from home.models import Contact
from initiatives.models import InitiativePage
from twin_towns.models import (
    TwinTownIndexPage,
    TwinTownPage,
    TwinTownProjectIndexPage,
    TwinTownProjectPage,
)
from twin_towns.seed import TRANSLATIONS

REAL_TOWNS = {
    # title: (country, language, latitude, longitude)
    "Varberg": ("SE", "sv", "57.106", "12.250"),
    "Sandefjord": ("NO", "nb", "59.131", "10.216"),
    "Uusikaupunki": ("FI", "fi", "60.800", "21.408"),
    "Lutherstadt Wittenberg": ("DE", "de", "51.866", "12.649"),
    "Braine": ("FR", "fr", "49.342", "3.532"),
}


def run_seed():
    call_command("seed_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def seeded(db):
    run_seed()


def test_the_five_real_twin_towns_under_an_index_in_the_policys_words(seeded, client):
    index = TwinTownIndexPage.objects.filter(locale__language_code="da").get()
    towns = {
        town.title: town
        for town in TwinTownPage.objects.filter(locale__language_code="da").child_of(index)
    }
    assert set(towns) == set(REAL_TOWNS)
    for title, (country, language, latitude, longitude) in REAL_TOWNS.items():
        town = towns[title]
        assert (town.country, town.language) == (country, language)
        assert (town.latitude, town.longitude) == (Decimal(latitude), Decimal(longitude))
        # The year the friendship began is not in the public facts: left for an editor.
        assert town.friendship_since is None
    assert towns["Uusikaupunki"].local_name == "Uusikaupunki"
    assert "Nystad" in towns["Uusikaupunki"].intro
    assert [t.title for t in index.get_towns() if t.is_nordic] == [
        "Varberg",
        "Sandefjord",
        "Uusikaupunki",
    ]

    # The index explains the cooperation in the policy's words.
    assert index.intro.startswith("Det nordiske venskabsbysamarbejde fortsættes og levendegøres")
    assert "gerne blandt ildsjæle" in index.intro
    headings = [block.value["text"] for block in index.body if block.block_type == "heading"]
    assert headings == ["Formålet med samarbejdet", "Sådan kan du være med", "Venskabsbystævnet"]
    assert index.show_in_menus

    # The index and the policy's initiative link each other.
    initiative = InitiativePage.objects.filter(locale__language_code="da").get(
        slug="nordisk-venskabsbysamarbejde"
    )
    assert index.related_initiative == initiative
    assert f'href="{initiative.get_url_parts()[2]}"' in client.get(index.url).content.decode()
    assert f'href="{index.get_url_parts()[2]}"' in client.get(initiative.url).content.decode()


def test_example_projects_are_marked_and_linked_to_towns_and_petals(seeded, client):
    projects = {p.slug: p for p in TwinTownProjectPage.objects.filter(locale__language_code="da")}
    assert set(projects) == {
        "nordisk-ungdomsuge",
        "frivilligudveksling",
        "venskabsbystaevne-i-haderslev",
    }
    for project in projects.values():
        assert project.title.startswith("Eksempel:")
        assert project.intro.startswith("Eksempel:")
        assert project.towns.exists()
        assert project.themes.exists()
    youth_week = projects["nordisk-ungdomsuge"]
    assert {t.title for t in youth_week.towns.all()} == {"Varberg", "Sandefjord", "Uusikaupunki"}
    assert "NOVU" in str(youth_week.body)
    exchange = projects["frivilligudveksling"]
    assert {t.slug for t in exchange.themes.all()} == {
        "sammenhaeng-og-tilgaengelighed",
        "sundhed-og-baeredygtighed",
    }
    for contact in Contact.objects.filter(locale__language_code="da"):
        assert contact.name.startswith("Eksempel:")

    # Every seeded twin-town page is live and renders.
    pages = Page.objects.type(
        TwinTownIndexPage, TwinTownPage, TwinTownProjectIndexPage, TwinTownProjectPage
    ).filter(locale__language_code="da")
    assert pages.count() == 1 + 5 + 1 + 3
    for page in pages.specific():
        assert page.live
        assert client.get(page.url).status_code == 200, page.url


def test_second_seed_creates_and_changes_nothing_and_keeps_editors_changes(seeded):
    def state():
        return (
            Page.objects.count(),
            Revision.objects.count(),
            PageLogEntry.objects.count(),
            Contact.objects.count(),
            sorted(
                (p.pk, p.latest_revision_id)
                for p in InitiativePage.objects.filter(locale__language_code="da").filter(
                    slug="nordisk-venskabsbysamarbejde"
                )
            ),
        )

    before = state()
    run_seed()
    assert state() == before

    # An editor who removes the link from the initiative keeps it removed.
    initiative = InitiativePage.objects.filter(locale__language_code="da").get(
        slug="nordisk-venskabsbysamarbejde"
    )
    initiative.body = [b for b in initiative.body.raw_data if b["type"] != "call_to_action"]
    initiative.save_revision().publish()
    run_seed()
    initiative.refresh_from_db()
    assert not [b for b in initiative.body if b.block_type == "call_to_action"]


def strings(instance):
    """The Danish text segments wagtail-localize extracts for translation (slugs aside)."""
    return {
        segment.string.render_text()
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue) and segment.path != "slug"
    }


def missing(instance, language):
    return strings(instance) - set(TRANSLATIONS.get(language, {}))


def test_translations_cover_every_text_seeded(seeded):
    # English for everything.
    pages = (
        Page.objects.type(
            TwinTownIndexPage, TwinTownPage, TwinTownProjectIndexPage, TwinTownProjectPage
        )
        .filter(locale__language_code="da")
        .specific()
    )
    for page in pages:
        assert not missing(page, "en"), page.title
    for contact in Contact.objects.filter(locale__language_code="da").filter(
        name__contains="venskab"
    ) | Contact.objects.filter(locale__language_code="da").filter(name__contains="Varberg"):
        assert not missing(contact, "en"), contact.name
    initiative = InitiativePage.objects.filter(locale__language_code="da").get(
        slug="nordisk-venskabsbysamarbejde"
    )
    link_block = next(b for b in initiative.body if b.block_type == "call_to_action")
    for text in (link_block.value["title"], link_block.value["text"]):
        assert text in TRANSLATIONS["en"]

    # Each town page in the town's own language.
    for town in TwinTownPage.objects.filter(locale__language_code="da").filter(
        language__in=["sv", "nb", "fi", "de"]
    ):
        assert not missing(town, town.language), town.title
        for link in town.contact_links.all():
            assert not missing(link.contact, town.language), link.contact.name

    # The index pages in Swedish, Bokmål, Finnish and German.
    for language in ("sv", "nb", "fi", "de"):
        assert not missing(
            TwinTownIndexPage.objects.filter(locale__language_code="da").get(), language
        ), language
        assert not missing(
            TwinTownProjectIndexPage.objects.filter(locale__language_code="da").get(), language
        ), language


def test_translations_are_real_translations():
    assert TRANSLATIONS["sv"]["Venskabsbyer"] == "Vänorter"
    assert TRANSLATIONS["fi"]["Venskabsbyer"] == "Ystävyyskaupungit"
    assert TRANSLATIONS["sv"]["Uusikaupunki"] == "Nystad"
    for language in ("en", "sv", "nb", "fi", "de"):
        for danish, translated in TRANSLATIONS[language].items():
            assert translated.strip(), (language, danish)
            if danish.startswith("Eksempel:"):
                assert not translated.startswith("Eksempel:") or language == "nb"
