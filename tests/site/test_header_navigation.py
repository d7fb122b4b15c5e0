"""The header navigation (home.navigation): every citizens' tool and every petal is one click from
every page, in every language; the tools are editor-managed and may be pages of another site."""

import re
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from home.models import NavigationSettings, NavigationTool, StandardPage
from home.navigation import ensure_header_tool
from home.seeding import SeedReport
from initiatives.models import PetalPage
from tests.home.factories import StandardPageFactory

LANGUAGES = ("da", "en", "de", "sv", "nb", "fi")


def _header(html: str) -> str:
    return html[html.index("<header") : html.index("</header>")]


def _desktop(header: str) -> str:
    """The wide-screen navigation: the tools' menu bar and the petals' band."""
    return header[header.index('class="nav site-nav"') : header.index('class="mobile-drawer"')]


def _drawer(header: str) -> str:
    return header[header.index('class="mobile-drawer"') :]


def _hrefs(markup: str) -> list[str]:
    return re.findall(r'<a href="([^"]+)"', markup)


@pytest.fixture
def seeded(seeded_site, db):
    """The seeded site, built once for this module (see tests/conftest.py)."""


def _one_page_of_each_type(language):
    """One live page of every page type in this language (the seeded site has them all in
    Danish and English; the partner languages have the home and twin-town index pages)."""
    pages = {}
    for page in (
        Page.objects.live()
        .filter(locale__language_code=language, depth__gte=2)
        .select_related("content_type")
        .order_by("path")
    ):
        pages.setdefault(page.content_type_id, page)
    return list(pages.values())


def _expected_links(client_language):
    """The URLs the header must link: the seeded tools and the five petals, in the reader's
    language where they are translated, else in Danish."""
    tools, petals = [], []
    # Links to the municipal site are relative; the meeting place (its own Site) is absolute.
    site = Site.objects.get(is_default_site=True)
    for tool in NavigationTool.objects.select_related("page").order_by("sort_order"):
        page = tool.page.get_translation_or_none(Locale.objects.get(language_code=client_language))
        tools.append((page if page is not None and page.live else tool.page).relative_url(site))
    danish = PetalPage.objects.live().filter(locale__language_code="da").order_by("path")
    for petal in danish:
        translation = petal.get_translation_or_none(
            Locale.objects.get(language_code=client_language)
        )
        chosen = translation if translation is not None and translation.live else petal
        petals.append(chosen.relative_url(site))
    return tools, petals


def test_the_seeded_header_has_the_four_tools_in_order(seeded):
    setting = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    assert [tool.page.slug for tool in setting.tools.order_by("sort_order")] == [
        "puljemidler",
        "lokalraad",
        "aktivitetskalender",
        "frivilligboersen",  # the volunteers' meeting place, a Site of its own
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_tool_and_petal_is_one_click_from_every_page_type(client, seeded, language):
    tools, petals = _expected_links(language)
    assert len(tools) == 4 and len(petals) == 5
    pages = _one_page_of_each_type(language)
    assert pages, language
    urls = [page.url for page in pages] + [f"/{language}/search/?q=frivillig"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        header = _header(response.content.decode())
        desktop, drawer = _hrefs(_desktop(header)), _hrefs(_drawer(header))
        for link in (*tools, *petals):
            assert link in desktop, (url, link)  # wide screens: in the bar or the band
            assert link in drawer, (url, link)  # narrow screens: in the menu drawer
        # Nothing is folded away: the header has no overflow ("Mere") menu.
        assert "more-option" not in header and 'class="mainmenu"' not in _desktop(header)


def test_the_not_found_page_has_the_header_navigation_too(client, seeded):
    tools, petals = _expected_links("da")
    response = client.get("/da/findes-ikke/")
    assert response.status_code == 404
    desktop = _hrefs(_desktop(_header(response.content.decode())))
    assert all(link in desktop for link in (*tools, *petals))


def test_untranslated_tools_are_linked_in_another_language_and_say_so(client, seeded):
    header = _header(client.get("/de/").content.decode())
    band = header[header.index('class="petal-nav') :]
    # The petals exist in German; the pools' pages do not, and their link says which language.
    assert 'href="/de/synlighed/" class="petal-nav__link"' in band
    assert re.search(
        r'href="/(da|en)/puljemidler/" class="nav-link site-nav__link" lang="(da|en)" '
        r'hreflang="(da|en)"',
        _desktop(header),
    )


def test_the_current_tool_is_marked(client, seeded):
    header = _header(client.get("/da/puljemidler/").content.decode())
    assert (
        '<a href="/da/puljemidler/" class="nav-link site-nav__link" aria-current="page">'
        in _desktop(header)
    )
    # A page inside the tool marks it as the current section.
    header = _header(client.get("/da/puljemidler/saadan-soeger-du-puljemidler/").content.decode())
    assert '<a href="/da/puljemidler/" class="nav-link site-nav__link" aria-current="true">' in (
        _desktop(header)
    )


def test_seeding_the_tools_again_changes_nothing(seeded):
    before = list(NavigationTool.objects.values_list("page_id", "sort_order"))
    call_command("seed_content", stdout=StringIO())
    assert list(NavigationTool.objects.values_list("page_id", "sort_order")) == before


# --- A tool from another app and another site (the volunteers' meeting place) --------------------


def test_another_apps_seed_adds_a_page_of_another_site_as_a_tool(client, home_page):
    """What the meeting place's seeder does: its page lives on a Wagtail Site of its own."""
    root = Page.get_first_root_node()
    meeting_home = root.add_child(
        instance=StandardPage(title="Mødestedet", slug="moedested", locale=home_page.locale)
    )
    Site.objects.create(hostname="moedested.example.org", port=443, root_page=meeting_home)
    report = SeedReport()
    tool = ensure_header_tool(report, page=meeting_home)
    assert ensure_header_tool(report, page=meeting_home).pk == tool.pk  # idempotent
    assert NavigationTool.objects.count() == 1

    desktop = _desktop(_header(client.get("/da/").content.decode()))
    url = meeting_home.get_url()  # the other site's full URL, with its language prefix
    assert url.startswith("https://moedested.example.org/")
    assert f'<a href="{url}" class="nav-link site-nav__link">' in desktop
    assert "<span>Mødestedet</span>" in desktop


def test_tools_follow_the_editors_order_and_labels_and_leave_out_unpublished_pages(
    client, home_page
):
    setting = NavigationSettings.for_site(home_page.get_site())
    first = StandardPageFactory(parent=home_page, title="Første")
    hidden = StandardPageFactory(parent=home_page, title="Kladden", live=False)
    NavigationTool.objects.create(
        settings=setting, url="https://example.org/", label="Ude", sort_order=0
    )
    NavigationTool.objects.create(settings=setting, page=first, label="Egen tekst", sort_order=1)
    NavigationTool.objects.create(settings=setting, page=hidden, sort_order=2)
    desktop = _desktop(_header(client.get("/da/").content.decode()))
    assert desktop.index(">Ude<") < desktop.index(">Egen tekst<")
    assert "Kladden" not in desktop


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "Vælg enten en side eller en ekstern adresse, ikke begge."),
        (
            {"url": "https://example.org/", "label": "Ude", "use_page": True},
            "Vælg enten en side eller en ekstern adresse, ikke begge.",
        ),
        ({"url": "https://example.org/"}, "Skriv linkets tekst til den eksterne adresse."),
    ],
)
def test_a_tool_needs_a_page_or_an_address_with_a_label(home_page, fields, message):
    fields = dict(fields)
    page = home_page if fields.pop("use_page", False) else None
    tool = NavigationTool(
        settings=NavigationSettings.for_site(home_page.get_site()), page=page, **fields
    )
    with pytest.raises(ValidationError) as raised:
        tool.full_clean()
    assert message in str(raised.value)
