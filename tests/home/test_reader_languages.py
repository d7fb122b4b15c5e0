"""What a reader sees of the languages: the redirect from `/`, `<html lang>`, hreflang, the
language switcher, the not-translated page, alias pages and the sitemap."""

import re

import pytest
from django.test import override_settings

from tests.home.factories import StandardPageFactory
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory


def _hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def _switcher(html):
    """The header switcher's entries: ("a", code, name) for a link to another language,
    ("span", code, name) for the current one (marked aria-current), None without a switcher."""
    if 'class="overflow-list"' not in html:
        return None
    menu = html.split('class="overflow-list"')[1].split("</ul>")[0]
    return [
        ("span" if "aria-current" in attrs else "a", code, name)
        for attrs, code, name in re.findall(r"<a([^>]*lang=\"([^\"]+)\"[^>]*)>([^<]+)<", menu)
    ]


# --- "/" ------------------------------------------------------------------------------------------


@pytest.fixture
def site_in_english(home_page, translate):
    return translate(home_page, "en", {home_page.title: "Active Citizenship Haderslev"})


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("en-GB,en;q=0.9,da;q=0.5", "/en/"),
        ("da", "/da/"),
        ("sv-SE,sv;q=0.9,en;q=0.8", "/en/"),  # no Swedish site here: next preference
        ("fr-FR,fr;q=0.9", "/da/"),  # no French at all: Danish
        ("", "/da/"),
        ("*", "/da/"),
        ("xx-invalid;;q=nonsense", "/da/"),
    ],
)
def test_root_redirects_to_a_language_the_site_exists_in(
    client, site_in_english, accept_language, expected
):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_root_redirect_ignores_a_draft_or_alias_home_page(client, home_page, locales, translate):
    swedish = translate(home_page, "sv")
    swedish.unpublish()
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="sv")
    assert response["Location"] == "/da/"


def test_norwegian_readers_get_bokmal(client, home_page, translate):
    translate(home_page, "nb")
    for header in ("no", "nb-NO", "nn-NO,nn;q=0.9"):
        assert client.get("/", HTTP_ACCEPT_LANGUAGE=header)["Location"] == "/nb/"


@pytest.mark.parametrize(
    "url", ["/xx/", "/xx/synlighed/", "/sv-se/", "/en-GB/", "/da/%C3%A6%C3%B8/", "/zz"]
)
def test_unknown_prefixes_and_paths_are_not_errors(client, home_page, url):
    response = client.get(url, follow=True)
    assert response.status_code == 404


# --- Every page type: <html lang>, hreflang, switcher ---------------------------------------------


@pytest.fixture
def bilingual_site(home_page, translate):
    translate(home_page, "en", {home_page.title: "Active Citizenship Haderslev"})
    translate(home_page, "sv", {home_page.title: "Medborgarskap Haderslev"})
    petal = PetalPageFactory(parent=home_page, title="Synlighed", slug="synlighed")
    initiative = InitiativePageFactory(parent=petal, title="Lokale råd", slug="lokale-raad")
    standard = StandardPageFactory(parent=home_page, title="Om politikken", slug="om-politikken")
    for page, english in (
        (petal, "Visibility"),
        (initiative, "Local councils"),
        (standard, "About the policy"),
    ):
        translate(page, "en", {page.title: english})
    return {"home": home_page, "petal": petal, "initiative": initiative, "standard": standard}


@pytest.mark.parametrize("page_type", ["home", "petal", "initiative", "standard"])
def test_each_page_type_has_lang_and_hreflang_for_its_translations(
    client, bilingual_site, locales, page_type
):
    danish = bilingual_site[page_type]
    english = danish.get_translation(locales["en"])
    for page, language in ((danish, "da"), (english, "en")):
        html = client.get(page.url).content.decode()
        assert f'<html lang="{language}">' in html
        expected = {
            "da": danish.full_url,
            "en": english.full_url,
            "x-default": danish.full_url,
        }
        if page_type == "home":
            expected["sv"] = danish.get_translation(locales["sv"]).full_url
        assert _hreflangs(html) == expected


def test_switcher_lists_the_languages_the_page_exists_in_each_in_its_own_name(
    client, bilingual_site, locales
):
    html = client.get("/en/").content.decode()
    assert _switcher(html) == [
        ("a", "da", "Dansk"),
        ("span", "en", "English"),
        ("a", "sv", "Svenska"),
    ]
    assert '<a href="/sv/" lang="sv" hreflang="sv">Svenska</a>' in html
    assert 'hreflang="en" aria-current="true">English</a>' in html
    # The petal exists in Danish and English only.
    assert _switcher(client.get("/en/synlighed/").content.decode()) == [
        ("a", "da", "Dansk"),
        ("span", "en", "English"),
    ]


def test_switcher_and_hreflang_leave_out_draft_translations(client, bilingual_site, locales):
    bilingual_site["standard"].get_translation(locales["en"]).unpublish()
    html = client.get("/da/om-politikken/").content.decode()
    assert _switcher(html) is None  # only Danish is left: nothing to switch to
    assert _hreflangs(html) == {
        "da": bilingual_site["standard"].full_url,
        "x-default": bilingual_site["standard"].full_url,
    }


def test_main_navigation_lists_pages_of_the_current_language(client, bilingual_site):
    PetalPageFactory(parent=bilingual_site["home"], title="Kun på dansk")
    html = client.get("/en/").content.decode()
    nav = html.split('aria-labelledby="petal-nav-heading"')[1].split("</nav>")[0]
    assert "Visibility" in nav
    assert "Kun på dansk" not in nav and "Synlighed" not in nav


# --- Not translated -------------------------------------------------------------------------------


def test_an_untranslated_page_says_so_in_the_readers_language(client, bilingual_site):
    response = client.get("/sv/synlighed/")
    assert response.status_code == 404  # no Swedish page here, and no soft 404 for search engines
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert "<h1>Sidan är inte översatt</h1>" in html
    assert "Den här sidan finns inte på svenska ännu." in html
    assert '<a href="/da/synlighed/" lang="da" hreflang="da">Synlighed</a>' in html
    assert '<a href="/en/synlighed/" lang="en" hreflang="en">English: Visibility</a>' in html
    assert '<a href="/sv/">Gå till startsidan</a>' in html
    assert '<meta name="robots" content="noindex">' in html
    assert _hreflangs(html) == {}
    # Nothing is the current language in the switcher: the reader is on none of those pages.
    assert _switcher(html) == [("a", "da", "Dansk"), ("a", "en", "English")]


def test_a_language_without_a_home_page_also_gets_the_not_translated_page(client, bilingual_site):
    for url in ("/fi/", "/fi/synlighed/lokale-raad/"):
        response = client.get(url)
        assert response.status_code == 404
        html = response.content.decode()
        assert '<html lang="fi">' in html
        assert "Tätä sivua ei ole vielä suomeksi." in html


def test_a_page_that_exists_in_no_language_is_a_plain_404(client, bilingual_site):
    response = client.get("/sv/findes-ikke/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Sidan finns inte" in html
    assert "Sidan är inte översatt" not in html


def test_a_draft_danish_page_is_not_revealed(client, bilingual_site):
    StandardPageFactory(parent=bilingual_site["home"], title="Kladde", slug="kladde", live=False)
    html = client.get("/en/kladde/").content.decode()
    assert "Kladde" not in html


# --- Aliases: stand-ins for untranslated parents --------------------------------------------------


@pytest.fixture
def alias(bilingual_site, locales, translate):
    petal = PetalPageFactory(parent=bilingual_site["home"], title="Erhverv", slug="erhverv")
    initiative = InitiativePageFactory(parent=petal, title="Ambassadørkorpset", slug="korps")
    translate(initiative, "en", {"Ambassadørkorpset": "The ambassador corps"})
    stand_in = petal.get_translation(locales["en"])
    assert stand_in.alias_of_id == petal.id
    return stand_in


def test_an_alias_says_it_shows_danish_content(client, alias):
    html = client.get("/en/erhverv/").content.decode()
    assert '<html lang="en">' in html
    assert "This page has not been translated yet. The content is shown in Danish." in html
    assert '<div lang="da">' in html  # the Danish content is marked as Danish
    assert '<meta name="robots" content="noindex">' in html
    assert f'<link rel="canonical" href="{alias.alias_of.full_url}">' in html
    assert _hreflangs(html) == {}


def test_aliases_are_not_listed_as_translations(client, alias):
    html = client.get("/da/erhverv/").content.decode()
    assert "/en/erhverv/" not in html
    assert set(_hreflangs(html)) == {"da", "x-default"}
    assert _switcher(html) is None


def test_a_translated_page_under_an_alias_is_a_normal_page(client, alias):
    html = client.get("/en/erhverv/korps/").content.decode()
    assert '<html lang="en">' in html
    assert "has not been translated" not in html
    assert set(_hreflangs(html)) == {"da", "en", "x-default"}


# --- Sitemap --------------------------------------------------------------------------------------


def test_sitemap_lists_every_language_with_alternates_and_no_aliases(client, alias, locales):
    xml = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert "http://localhost/da/synlighed/" in locations
    assert "http://localhost/en/synlighed/" in locations
    assert "http://localhost/sv/" in locations
    assert "http://localhost/en/erhverv/" not in locations  # alias
    assert "http://localhost/en/erhverv/korps/" in locations
    entry = xml.split("<loc>http://localhost/en/synlighed/</loc>")[1].split("</url>")[0]
    assert re.findall(r'hreflang="([^"]+)" href="([^"]+)"', entry) == [
        ("da", "http://localhost/da/synlighed/"),
        ("en", "http://localhost/en/synlighed/"),
        ("x-default", "http://localhost/da/synlighed/"),
    ]


def test_sitemap_queries_do_not_grow_with_pages(
    client, bilingual_site, translate, django_assert_max_num_queries
):
    client.get("/sitemap.xml")
    with django_assert_max_num_queries(30) as small:
        client.get("/sitemap.xml")
    for n in range(3):
        page = StandardPageFactory(parent=bilingual_site["home"], title=f"Side {n}")
        translate(page, "en")
    with django_assert_max_num_queries(30) as large:
        client.get("/sitemap.xml")
    assert len(large.captured_queries) == len(small.captured_queries)


# --- Query counts ---------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/en/", "/en/synlighed/", "/en/synlighed/lokale-raad/"])
def test_language_features_add_a_constant_number_of_queries(
    client, bilingual_site, translate, url, django_assert_max_num_queries
):
    client.get(url)  # warm per-process caches
    with django_assert_max_num_queries(25) as fewer_languages:
        assert client.get(url).status_code == 200
    # The same pages in two more languages: more links, the same number of queries.
    translate(bilingual_site["home"], "de")
    for key in ("petal", "initiative"):
        for language in ("sv", "de"):
            translate(bilingual_site[key], language)
    client.get(url)  # the site's root paths changed: warm the cache again
    with django_assert_max_num_queries(25) as more_languages:
        assert client.get(url).status_code == 200
    assert len(more_languages.captured_queries) == len(fewer_languages.captured_queries)


@override_settings(DEBUG=False)
def test_not_translated_page_has_a_fixed_query_count(
    client, bilingual_site, django_assert_max_num_queries
):
    client.get("/sv/synlighed/")
    with django_assert_max_num_queries(20):
        assert client.get("/sv/synlighed/").status_code == 404
