"""Every page type renders its content inside the shared layout."""

import pytest
from django.urls import reverse
from django.utils.html import strip_tags

from initiatives.models import InitiativeRelatedLink
from tests.home.factories import ContactFactory, StandardPageFactory
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory


@pytest.fixture
def flower(home_page):
    petals = [
        PetalPageFactory(parent=home_page, title=title)
        for title in ("Synlighed", "Bosætning og levesteder", "Erhverv og uddannelse")
    ]
    return home_page, petals


def test_home_page_shows_vision_and_links_every_petal(client, flower):
    home, petals = flower
    response = client.get("/da/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="da">' in html
    assert home.vision_quote in html
    assert "Byrådet, december 2011" in html
    for petal in petals:
        assert f'href="{petal.url}"' in html
        assert petal.title in html


def test_layout_has_landmarks_skip_link_and_petals_in_header_navigation(client, flower):
    _home, petals = flower
    html = client.get(petals[0].url).content.decode()
    assert '<a class="skipnav" href="#main">' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    # The petals have a navigation of their own in the header (home.navigation).
    nav = html.split('aria-labelledby="petal-nav-heading"')[1].split("</nav>")[0]
    for petal in petals:
        assert petal.title in nav
    assert 'aria-current="page"' in nav


def test_petal_page_shows_goal_question_and_its_initiatives(client, flower):
    _home, (petal, other, _third) = flower
    mine = InitiativePageFactory(parent=petal, title="Ambassadørkorpset")
    theirs = InitiativePageFactory(parent=other, title="Partnerskabsaftaler")
    draft = InitiativePageFactory(parent=petal, title="Kladde", live=False)
    html = client.get(petal.url).content.decode()
    assert "Hvor vil vi hen?" in html
    assert petal.guiding_question in html
    assert mine.title in html
    # The status badge reads "Status: I gang" (the prefix is for screen readers only).
    assert "Status: I gang" in strip_tags(html)
    assert theirs.title not in html
    assert draft.title not in html


def test_initiative_page_shows_status_petal_contact_and_related(client, flower):
    _home, (petal, other, _third) = flower
    contact = ContactFactory(name="Anne Frivillig", may_publish=True)
    related = InitiativePageFactory(parent=other, title="Årligt borgermøde")
    initiative = InitiativePageFactory(
        parent=petal, title="Fælles Forum", contact=contact, responsible_unit="Kultur & Fritid"
    )
    InitiativeRelatedLink.objects.create(page=initiative, related=related)
    html = client.get(initiative.url).content.decode()
    assert "Fælles Forum" in html
    assert "I gang" in html
    assert f'href="{petal.url}"' in html
    assert "Kultur &amp; Fritid" in html
    assert "Anne Frivillig" in html
    assert f'href="{related.url}"' in html
    # Breadcrumbs lead back through the petal to the front page.
    crumbs = html.split('aria-label="Brødkrummesti"')[1].split("</nav>")[0]
    assert "Forside" in crumbs and petal.title in crumbs


def test_contact_without_publication_consent_never_appears(client, flower):
    _home, (petal, *_rest) = flower
    contact = ContactFactory(
        name="Hemmelig Person", email="hemmelig@example.org", may_publish=False
    )
    initiative = InitiativePageFactory(parent=petal, contact=contact)
    html = client.get(initiative.url).content.decode()
    assert "Hemmelig Person" not in html
    assert "hemmelig@example.org" not in html


def test_standard_page_renders_body_and_lists_subpages(client, home_page):
    about = StandardPageFactory(
        parent=home_page,
        title="Om politikken",
        body=[{"type": "paragraph", "value": "<p>Der er brug for alle.</p>"}],
    )
    child = StandardPageFactory(parent=about, title="Charter for samspil")
    about.save_revision().publish()
    html = client.get(about.url).content.decode()
    assert "Der er brug for alle." in html
    assert f'href="{child.url}"' in html
    assert "Senest opdateret" in html


def test_footer_shows_the_municipality_and_the_approval_date(client, home_page):
    from wagtail.models import Site

    from home.models import SiteSettings

    settings_obj = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_obj.policy_approved_on = "2013-09-24"
    settings_obj.save()
    html = client.get("/da/").content.decode()
    footer = html.split("<footer")[1]
    assert "Gåskærgade 26-28" in footer
    assert "6100 Haderslev" in footer
    assert "24. september 2013" in footer


def test_root_redirects_to_the_danish_site(client, home_page):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/da/"


def test_unknown_page_gives_a_friendly_404(client, home_page):
    response = client.get("/da/findes-ikke/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Siden findes ikke" in html
    assert '<main id="main"' in html


def test_admin_login_page_loads(client, db):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    assert b'name="username"' in response.content


def test_editor_can_log_in_and_see_the_admin(client, django_user_model):
    django_user_model.objects.create_superuser("redaktoer", "r@example.org", "et-godt-kodeord-123")
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "redaktoer", "password": "et-godt-kodeord-123"},
    )
    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
