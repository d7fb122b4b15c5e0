"""`seed_content` builds the whole policy as pages, and a second run changes nothing."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision, Site

from home.models import Contact, HomePage, StandardPage
from initiatives.models import InitiativePage, PetalPage

# The policy's five petals, in its order, with every initiative it lists under each.
EXPECTED = {
    "Synlighed": [
        "Borgere som ambassadører for deres by og egn",
        "Hjælp til at søge puljemidler",
        "Hyldest af ildsjæle og jubilarer",
        "Fælles Forum – årligt dialogmøde",
        "En bedre organisering af frivillighedsområdet",
        "Lokale råd",
        "Internetbaseret møde- og netværkssted for frivillige aktører (Synlighed)",
        "Det nordiske venskabsbysamarbejde",
    ],
    "Bosætning og levesteder": [
        "Udvikling i landdistrikterne",
        "Partnerskabsaftaler med lokalsamfund",
    ],
    "Erhverv og uddannelse": [
        "Samarbejde med Haderslev Erhvervsråd",
        "Ambassadørkorpset",
    ],
    "Sammenhæng og tilgængelighed": [
        "Fælles opsyn med veje, parker og anlæg",
        "Projekter på privat initiativ",
        "Fysiske møde- og netværkssteder for frivillige",
        "Internetbaseret møde- og netværkssted for frivillige aktører "
        "(Sammenhæng og tilgængelighed)",
    ],
    "Sundhed og bæredygtighed": [
        "Årligt borgermøde for kommunens frivillige",
        "Fokus på samarbejdet mellem fagprofessionelle og frivillige",
        "Samarbejde om sundhedsfremme og forebyggelse",
    ],
}


@pytest.fixture
def seeded(seeded_site, db):
    """The seeded site, built once for this module (see tests/conftest.py)."""


def test_home_page_is_the_site_root_with_the_vision(seeded):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.vision_attribution == "Byrådet, december 2011"
    assert home.vision_quote.startswith("I Haderslev Kommune er det aktive medborgerskab")
    # Wagtail's default welcome page is gone: the other top-level pages are its translations and
    # the volunteers' meeting place (the root of a Site of its own) with its translations.
    others = Page.objects.filter(depth=2).exclude(translation_key=home.translation_key)
    meeting_place = Site.objects.exclude(pk=site.pk).get().root_page
    assert set(others.values_list("translation_key", flat=True)) == {meeting_place.translation_key}


def test_five_petals_in_the_policys_order(seeded):
    petals = PetalPage.objects.live().filter(locale__language_code="da").order_by("path")
    assert [p.title for p in petals] == list(EXPECTED)
    assert all(p.show_in_menus for p in petals)


def test_every_initiative_of_the_policy_under_its_petal(seeded):
    for petal in PetalPage.objects.filter(locale__language_code="da"):
        titles = [p.title for p in InitiativePage.objects.child_of(petal).order_by("path")]
        assert titles == EXPECTED[petal.title], petal.title


def test_about_pages_hold_the_three_steps_and_the_charter(seeded):
    about = StandardPage.objects.get(slug="om-politikken", locale__language_code="da")
    children = [p.title for p in StandardPage.objects.child_of(about)]
    assert "Charter for samspil mellem den frivillige verden og det offentlige" in children
    assert "Visionen for Haderslev Kommune" in children
    assert "Haderslev Kommunes planstrategi" in children
    assert "Indsatsudvalget for Velfærd og Frivillighed" in children


def test_seeded_example_detail_is_marked_as_example(seeded):
    for contact in Contact.objects.all():
        assert contact.name.startswith("Eksempel:")


def test_every_seeded_page_is_live_with_a_revision(seeded):
    pages = Page.objects.filter(depth__gte=2, locale__language_code="da")
    # Other apps seed their own sections; count the home page, the petals and the initiatives.
    flower = pages.filter(content_type__model__in=["homepage", "petalpage", "initiativepage"])
    assert flower.count() == 1 + 5 + 19
    assert not pages.filter(live=False).exists()
    assert not pages.filter(latest_revision__isnull=True).exists()


def test_seed_is_idempotent(seeded):
    counts = (
        Page.objects.count(),
        Revision.objects.count(),
        Contact.objects.count(),
        PageLogEntry.objects.count(),
    )
    call_command("seed_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (
        Page.objects.count(),
        Revision.objects.count(),
        Contact.objects.count(),
        PageLogEntry.objects.count(),
    ) == counts


def test_seed_keeps_an_editors_change(seeded):
    petal = PetalPage.objects.get(slug="synlighed", locale__language_code="da")
    petal.title = "Synlighed og stolthed"
    petal.save_revision().publish()
    call_command("seed_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert PetalPage.objects.get(pk=petal.pk).title == "Synlighed og stolthed"


def test_seeded_site_renders(seeded, client):
    for page in Page.objects.filter(depth__gte=2).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
